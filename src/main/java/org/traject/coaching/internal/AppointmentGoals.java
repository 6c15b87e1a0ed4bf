package org.traject.coaching.internal;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.coaching.AppointmentStatus;
import org.traject.development.CoachingGoals;
import org.traject.development.SharedGoal;

/**
 * A held appointment linked to the goals of the participant's plan that were discussed:
 * the coach of the appointment picks them once it is held, among the goals the
 * development module offers (those of a plan the participant shares with that coach).
 * Another coach's appointment, or a goal of another plan, does not exist.
 */
@Component
public class AppointmentGoals {

	private final Appointments appointments;

	private final CoachingGoals goals;

	AppointmentGoals(Appointments appointments, CoachingGoals goals) {
		this.appointments = appointments;
		this.goals = goals;
	}

	/**
	 * What the coach may link.
	 *
	 * @param held whether the appointment is marked held (only then can goals be linked)
	 * @param shared whether the participant shares their plan with the coach (only then
	 * are goals offered)
	 */
	public record Linking(Appointments.AppointmentView appointment, boolean held, boolean shared,
			List<SharedGoal> goals) {

		public boolean anyLinked() {
			return goals.stream().anyMatch(SharedGoal::linked);
		}
	}

	/**
	 * @throws NoSuchElementException when it is not this coach's appointment
	 */
	@Transactional(readOnly = true)
	public Linking of(long coachId, long appointmentId) {
		var appointment = appointments.ofCoach(coachId, appointmentId).orElseThrow();
		var offered = goals.goalsFor(coachId, appointment.participantId(), appointmentId);
		return new Linking(appointment, appointment.status() == AppointmentStatus.HELD, offered.isPresent(),
				offered.orElse(List.of()));
	}

	/**
	 * @throws CoachingRefusal when no goal is chosen or the appointment is not marked
	 * held
	 * @throws NoSuchElementException when it is not this coach's appointment, the plan is
	 * not shared with them or a goal is not the participant's
	 */
	@Transactional
	public void link(long coachId, long appointmentId, List<Long> goalIds) {
		var appointment = held(coachId, appointmentId);
		if (goalIds.isEmpty()) {
			throw new CoachingRefusal("goalIds", "coaching.goals.chooseOne");
		}
		goals.link(coachId, appointment.participantId(), appointmentId, appointment.startsAt(), goalIds);
	}

	/**
	 * @throws NoSuchElementException as for {@link #link}
	 */
	@Transactional
	public void unlink(long coachId, long appointmentId, long goalId) {
		var appointment = appointments.ofCoach(coachId, appointmentId).orElseThrow();
		goals.unlink(coachId, appointment.participantId(), appointmentId, goalId);
	}

	private Appointments.AppointmentView held(long coachId, long appointmentId) {
		var appointment = appointments.ofCoach(coachId, appointmentId).orElseThrow();
		if (appointment.status() != AppointmentStatus.HELD) {
			throw new CoachingRefusal(null, "coaching.goals.notHeld");
		}
		return appointment;
	}

}
