package org.traject.development;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.traject.development.internal.GoalDiscussions;

/**
 * The goals of a participant's plan that a coach may link to a held coaching appointment,
 * so the participant reads beside the goal "discussed in coaching on &lt;date&gt; with
 * &lt;coach&gt;". The coaching module calls this; it checks who the coach of the
 * appointment is and that it was held, this facade checks the plan: only a plan the
 * participant shares with that coach offers goals, and only its own goals can be linked.
 * Anything else does not exist for the coach ({@link NoSuchElementException}).
 */
@Service
public class CoachingGoals {

	private final GoalDiscussions discussions;

	CoachingGoals(GoalDiscussions discussions) {
		this.discussions = discussions;
	}

	/**
	 * The participant's goals, oldest first, each marked when it is linked to the
	 * appointment; empty when the participant has no plan or does not share it with the
	 * coach (then no goal is offered, and the coach is told why).
	 */
	public Optional<List<SharedGoal>> goalsFor(long coachId, long participantId, long appointmentId) {
		return discussions.goalsFor(coachId, participantId, appointmentId);
	}

	/**
	 * Records that the goals were discussed in the appointment held at {@code heldAt};
	 * linking a goal twice changes nothing.
	 * @throws NoSuchElementException when the plan is not shared with the coach or a goal
	 * is not one of the participant's
	 */
	public void link(long coachId, long participantId, long appointmentId, Instant heldAt, Collection<Long> goalIds) {
		discussions.link(coachId, participantId, appointmentId, heldAt, goalIds);
	}

	/**
	 * Takes the link back.
	 * @throws NoSuchElementException when the plan is not shared with the coach or the
	 * goal is not linked to the appointment
	 */
	public void unlink(long coachId, long participantId, long appointmentId, long goalId) {
		discussions.unlink(coachId, participantId, appointmentId, goalId);
	}

	/**
	 * Removes every link to the appointment, when it turns out not to have been held (the
	 * coach corrected it to a no-show).
	 */
	public void forget(long appointmentId) {
		discussions.forget(appointmentId);
	}

}
