package org.traject.coaching.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.Catalogue;
import org.traject.coaching.AppointmentStatus;
import org.traject.coaching.MeetingMode;
import org.traject.delivery.CoachingCredits;
import org.traject.development.CoachingGoals;
import org.traject.people.Actor;
import org.traject.people.People;

/**
 * Coaching appointments: booked by an entitled participant (or a secretary for them) in a
 * free slot of a coach who serves the programme, rescheduled or cancelled until a
 * configurable time before they start ({@code traject.coaching.change-deadline}, 24 hours
 * by default), and marked held or no-show by the coach afterwards.
 * <p>
 * The database keeps a coach in one conversation at a time: an exclusion constraint
 * (V420) refuses two appointments of one coach that overlap in time and are not
 * cancelled, whatever their start times. A coach's bookings and moves are serialised by a
 * transaction-scoped advisory lock, so the one who comes second finds the time taken (a
 * clear refusal, with the free times left) instead of meeting the constraint; and a
 * participant's bookings by another, so two at once cannot both take their last session.
 */
@Component
public class Appointments {

	/** The first key of the advisory lock that serialises one participant's bookings. */
	private static final int PARTICIPANT_LOCK = 17017;

	/**
	 * The first key of the advisory lock that serialises bookings and moves of one coach.
	 */
	private static final int COACH_LOCK = 17018;

	/** PostgreSQL's SQLSTATE for a row that an exclusion constraint refuses. */
	private static final String EXCLUSION_VIOLATION = "23P01";

	private final JdbcClient jdbc;

	private final Availability availability;

	private final CoachProfiles profiles;

	private final Entitlements entitlements;

	private final People people;

	private final Catalogue catalogue;

	private final AppointmentEmails emails;

	private final CoachingCredits credits;

	private final CoachingGoals goals;

	private final Duration changeDeadline;

	private final Duration horizon;

	Appointments(JdbcClient jdbc, Availability availability, CoachProfiles profiles, Entitlements entitlements,
			People people, Catalogue catalogue, AppointmentEmails emails, CoachingCredits credits, CoachingGoals goals,
			@Value("${traject.coaching.change-deadline:PT24H}") Duration changeDeadline,
			@Value("${traject.coaching.booking-horizon:P56D}") Duration horizon) {
		this.jdbc = jdbc;
		this.availability = availability;
		this.profiles = profiles;
		this.entitlements = entitlements;
		this.people = people;
		this.catalogue = catalogue;
		this.emails = emails;
		this.credits = credits;
		this.goals = goals;
		this.changeDeadline = changeDeadline;
		this.horizon = horizon;
	}

	/** An appointment with the names it is shown with. */
	public record AppointmentView(long id, long coachId, String coachName, long participantId, String participantName,
			long programmeId, String programmeTitle, Instant startsAt, Instant endsAt, MeetingMode mode, String place,
			AppointmentStatus status) {
	}

	/** Until when the participant may still change or cancel it. */
	public Instant changeableUntil(AppointmentView appointment) {
		return appointment.startsAt().minus(changeDeadline);
	}

	public boolean changeable(AppointmentView appointment) {
		return appointment.status() == AppointmentStatus.BOOKED && Instant.now().isBefore(changeableUntil(appointment));
	}

	/** The hours before an appointment after which it can no longer be changed. */
	public long changeDeadlineHours() {
		return changeDeadline.toHours();
	}

	/**
	 * The period in which slots are offered: from the change deadline (a booking can
	 * always be cancelled) to the booking horizon.
	 */
	public Instant[] bookablePeriod() {
		Instant from = Instant.now().plus(changeDeadline).truncatedTo(ChronoUnit.MINUTES);
		return new Instant[] { from, from.plus(horizon) };
	}

	/** The free slots of the coaches who serve the programme, or of one of them. */
	@Transactional(readOnly = true)
	public List<Availability.Slot> freeSlots(long programmeId, @Nullable Long coachId) {
		return freeSlots(programmeId, coachId, null);
	}

	/**
	 * The free slots a booked appointment can move to: its own time does not keep it from
	 * a slot that overlaps it.
	 */
	@Transactional(readOnly = true)
	public List<Availability.Slot> freeSlotsFor(AppointmentView appointment) {
		return freeSlots(appointment.programmeId(), appointment.coachId(), appointment.id());
	}

	private List<Availability.Slot> freeSlots(long programmeId, @Nullable Long coachId, @Nullable Long ignoring) {
		var coaches = profiles.published(programmeId)
			.stream()
			.map(CoachProfiles.CoachProfile::coachId)
			.filter(id -> coachId == null || id.equals(coachId))
			.toList();
		var period = bookablePeriod();
		return availability.free(coaches, period[0], period[1], ignoring);
	}

	/**
	 * Books the slot for the participant.
	 * @return the appointment's id
	 * @throws CoachingRefusal when the participant has no session left in the programme,
	 * the coach does not serve it, or the slot is not free (taken meanwhile, or
	 * overlapping an appointment of the coach)
	 */
	@Transactional
	public long book(Actor actor, long participantId, long programmeId, long coachId, Instant startsAt) {
		lock(PARTICIPANT_LOCK, participantId);
		var entitlement = entitlements.in(participantId, programmeId);
		if (entitlement.left() == 0) {
			throw new CoachingRefusal("programmeId", "coaching.book.noneLeft", entitlement.granted());
		}
		lock(COACH_LOCK, coachId);
		var slot = freeSlot(programmeId, coachId, startsAt, null);
		long id;
		try {
			id = jdbc.sql("""
					insert into coaching_appointment (coach_person_id, participant_person_id, programme_id, starts_at,
					       ends_at, mode, place, status, booked_by_person_id, booked_at)
					values (:coach, :participant, :programme, :start, :end, :mode, :place, 'BOOKED', :by, now())
					returning id""")
				.param("coach", coachId)
				.param("participant", participantId)
				.param("programme", programmeId)
				.param("start", java.sql.Timestamp.from(slot.startsAt()))
				.param("end", java.sql.Timestamp.from(slot.endsAt()))
				.param("mode", slot.mode().name())
				.param("place", slot.place())
				.param("by", actor.requirePersonId())
				.query(Long.class)
				.single();
		}
		catch (DataIntegrityViolationException clash) {
			throw slotTakenOr(clash);
		}
		emails.booked(find(id).orElseThrow(), "booked-" + id);
		return id;
	}

	/**
	 * Moves the participant's appointment to another free slot of the same coach.
	 * @throws NoSuchElementException when the appointment is not the participant's
	 */
	@Transactional
	public void reschedule(long participantId, long appointmentId, Instant startsAt) {
		var appointment = ofParticipant(participantId, appointmentId).orElseThrow();
		requireChangeable(appointment);
		lock(COACH_LOCK, appointment.coachId());
		var slot = freeSlot(appointment.programmeId(), appointment.coachId(), startsAt, appointmentId);
		try {
			jdbc.sql("""
					update coaching_appointment set starts_at = :start, ends_at = :end, mode = :mode, place = :place,
					       changed_by_person_id = :participant, changed_at = now(), version = version + 1
					where id = :id and status = 'BOOKED'""")
				.param("start", java.sql.Timestamp.from(slot.startsAt()))
				.param("end", java.sql.Timestamp.from(slot.endsAt()))
				.param("mode", slot.mode().name())
				.param("place", slot.place())
				.param("participant", participantId)
				.param("id", appointmentId)
				.update();
		}
		catch (DataIntegrityViolationException clash) {
			throw slotTakenOr(clash);
		}
		emails.rescheduled(find(appointmentId).orElseThrow(),
				"rescheduled-" + appointmentId + "-" + version(appointmentId));
	}

	/** Cancels the participant's appointment, which frees its slot and the session. */
	@Transactional
	public void cancel(long participantId, long appointmentId) {
		var appointment = ofParticipant(participantId, appointmentId).orElseThrow();
		requireChangeable(appointment);
		jdbc.sql("""
				update coaching_appointment set status = 'CANCELLED', changed_by_person_id = :participant,
				       changed_at = now(), version = version + 1
				where id = :id and status = 'BOOKED'""")
			.param("participant", participantId)
			.param("id", appointmentId)
			.update();
		emails.cancelled(find(appointmentId).orElseThrow(), "cancelled-" + appointmentId);
	}

	/**
	 * The coach records what became of an appointment once it has started: held or
	 * no-show (and may correct it).
	 */
	@Transactional
	public void recordOutcome(long coachId, long appointmentId, AppointmentStatus outcome) {
		if (outcome != AppointmentStatus.HELD && outcome != AppointmentStatus.NO_SHOW) {
			throw new CoachingRefusal(null, "coaching.outcome.invalid");
		}
		var appointment = ofCoach(coachId, appointmentId)
			.orElseThrow(() -> new NoSuchElementException("No appointment " + appointmentId + " of " + coachId));
		if (appointment.status() == AppointmentStatus.CANCELLED) {
			throw new CoachingRefusal(null, "coaching.outcome.cancelled");
		}
		if (appointment.startsAt().isAfter(Instant.now())) {
			throw new CoachingRefusal(null, "coaching.outcome.tooEarly");
		}
		jdbc.sql("""
				update coaching_appointment set status = :status, changed_by_person_id = :coach, changed_at = now(),
				       version = version + 1
				where id = :id""")
			.param("status", outcome.name())
			.param("coach", coachId)
			.param("id", appointmentId)
			.update();
		if (appointment.status() != outcome) {
			int held = jdbc.sql("""
					select count(*) from coaching_appointment
					where participant_person_id = :person and programme_id = :programme and status = 'HELD'""")
				.param("person", appointment.participantId())
				.param("programme", appointment.programmeId())
				.query(Integer.class)
				.single();
			credits.credit(appointment.participantId(), appointment.programmeId(), held);
		}
		if (outcome != AppointmentStatus.HELD) {
			// a goal was not discussed in an appointment that did not take place
			goals.forget(appointmentId);
		}
	}

	/** The participant's appointment; another's does not exist for them. */
	@Transactional(readOnly = true)
	public Optional<AppointmentView> ofParticipant(long participantId, long appointmentId) {
		return find(appointmentId).filter(a -> a.participantId() == participantId);
	}

	/** The coach's appointment; another coach's does not exist for them. */
	@Transactional(readOnly = true)
	public Optional<AppointmentView> ofCoach(long coachId, long appointmentId) {
		return find(appointmentId).filter(a -> a.coachId() == coachId);
	}

	/** The participant's appointments, latest first. */
	@Transactional(readOnly = true)
	public List<AppointmentView> ofParticipant(long participantId) {
		return list("where participant_person_id = :person order by starts_at desc", Map.of("person", participantId));
	}

	/** The coach's appointments from a moment on (cancelled ones too), earliest first. */
	@Transactional(readOnly = true)
	public List<AppointmentView> ofCoach(long coachId, Instant from) {
		return list("where coach_person_id = :coach and starts_at >= :from order by starts_at",
				Map.of("coach", coachId, "from", java.sql.Timestamp.from(from)));
	}

	/**
	 * Every appointment, of a programme and a coach when given, earliest first, at most
	 * 500.
	 */
	@Transactional(readOnly = true)
	public List<AppointmentView> all(@Nullable Long programmeId, @Nullable Long coachId) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("programme", programmeId == null ? -1L : programmeId);
		params.put("coach", coachId == null ? -1L : coachId);
		return list("""
				where (:programme < 0 or programme_id = :programme) and (:coach < 0 or coach_person_id = :coach)
				order by starts_at limit 500""", params);
	}

	private Optional<AppointmentView> find(long id) {
		return list("where id = :id", Map.of("id", id)).stream().findFirst();
	}

	private long version(long id) {
		return jdbc.sql("select version from coaching_appointment where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private List<AppointmentView> list(String where, Map<String, Object> params) {
		List<Row> rows = jdbc.sql("""
				select id, coach_person_id, participant_person_id, programme_id, starts_at, ends_at, mode, place, status
				from coaching_appointment """ + " " + where)
			.params(params)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getObject(5, OffsetDateTime.class).toInstant(),
					rs.getObject(6, OffsetDateTime.class).toInstant(), MeetingMode.valueOf(rs.getString(7)),
					rs.getString(8), AppointmentStatus.valueOf(rs.getString(9))))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> personIds = new ArrayList<>();
		rows.forEach(r -> {
			personIds.add(r.coach());
			personIds.add(r.participant());
		});
		var names = people.findAllById(personIds);
		var programmes = catalogue.findAll(rows.stream().map(Row::programme).distinct().toList());
		return rows.stream()
			.map(r -> new AppointmentView(r.id(), r.coach(), name(names, r.coach()), r.participant(),
					name(names, r.participant()), r.programme(),
					programmes.containsKey(r.programme()) ? programmes.get(r.programme()).title() : "—", r.start(),
					r.end(), r.mode(), r.place(), r.status()))
			.toList();
	}

	private static String name(Map<Long, People.PersonView> names, long id) {
		var person = names.get(id);
		return person == null ? "—" : person.displayName();
	}

	private Availability.Slot freeSlot(long programmeId, long coachId, Instant startsAt, @Nullable Long ignoring) {
		return freeSlots(programmeId, coachId, ignoring).stream()
			.filter(s -> s.startsAt().equals(startsAt))
			.findFirst()
			.orElseThrow(this::slotTaken);
	}

	private CoachingRefusal slotTaken() {
		return new CoachingRefusal("startsAt", "coaching.book.slotTaken");
	}

	/**
	 * The database's word that the time overlaps another appointment of the coach (only
	 * reached when a writer did not take the coach's lock); any other violation is a
	 * fault.
	 */
	private CoachingRefusal slotTakenOr(DataIntegrityViolationException clash) {
		if (clash.getMostSpecificCause() instanceof java.sql.SQLException sql
				&& EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
			return slotTaken();
		}
		throw clash;
	}

	private void requireChangeable(AppointmentView appointment) {
		if (!changeable(appointment)) {
			throw new CoachingRefusal(null, "coaching.appointment.tooLate", changeDeadlineHours());
		}
	}

	private void lock(int kind, long personId) {
		jdbc.sql("select pg_advisory_xact_lock(:kind, :person)")
			.param("kind", kind)
			.param("person", (int) personId)
			.query((java.sql.ResultSet rs) -> {
			});
	}

	private record Row(long id, long coach, long participant, long programme, Instant start, Instant end,
			MeetingMode mode, String place, AppointmentStatus status) {
	}

}
