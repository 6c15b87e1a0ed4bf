package org.traject.agenda.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.catalogue.Catalogue;

/**
 * Finds the reminders that are due and sends each once: the row in {@code reminder_sent}
 * and the queued email are one transaction (see the package documentation). Each reminder
 * has its own transaction, so one person's trouble does not hold up the others.
 */
@Component
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ReminderEmails emails;

	private final Catalogue catalogue;

	Reminders(JdbcClient jdbc, TransactionTemplate transactions, ReminderEmails emails, Catalogue catalogue) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.emails = emails;
		this.catalogue = catalogue;
	}

	/** A session of a confirmed place, in its reminder window. */
	record SessionDue(long personId, long enrolmentId, long sessionId, long programmeId, long cohortId,
			String cohortCode, String timeZone, String title, Instant startsAt, Instant endsAt,
			@Nullable String location, boolean online, String preparation) {
	}

	record OfferDue(long personId, long enrolmentId, long programmeId, long cohortId, Instant expiresAt) {
	}

	record ApprovalDue(long personId, long enrolmentId, long programmeId, long cohortId, String managerName,
			String managerEmail, Instant expiresAt) {
	}

	record MeasurementDue(long personId, long enrolmentId, long programmeId, long cohortId, Instant firstSession,
			String timeZone) {
	}

	/**
	 * A booked coaching appointment within a day; whether each side wants reminders is
	 * decided per person, since the participant and the coach each have their own
	 * setting.
	 */
	record AppointmentDue(long appointmentId, long participantId, long coachId, long programmeId, Instant startsAt,
			Instant endsAt, String mode, String place, String timeZone, boolean participantWants, boolean coachWants) {

		String occasion() {
			return "appointment-" + appointmentId + "-" + startsAt.getEpochSecond();
		}

	}

	/** Sends every reminder due at {@code now}; returns how many went out. */
	public int sendDue(Instant now) {
		int sent = 0;
		for (var due : sessionsDue(now)) {
			sent += once(due.personId(), "session-" + due.sessionId(), () -> emails.session(due));
		}
		for (var due : offersDue(now)) {
			sent += once(due.personId(), "offer-" + due.enrolmentId() + "-" + due.expiresAt().getEpochSecond(),
					() -> emails.offer(due));
		}
		for (var due : approvalsDue(now)) {
			sent += once(due.personId(), "approval-" + due.enrolmentId() + "-manager", () -> emails.approval(due));
		}
		for (var due : measurementsDue(now)) {
			sent += once(due.personId(), "measurement-" + due.enrolmentId(), () -> emails.measurement(due));
		}
		for (var due : appointmentsDue(now)) {
			if (due.participantWants()) {
				sent += once(due.participantId(), due.occasion(), () -> emails.appointment(due));
			}
			if (due.coachWants()) {
				sent += once(due.coachId(), due.occasion(), () -> emails.coachAppointment(due));
			}
		}
		return sent;
	}

	/**
	 * Claims the occasion for the person and queues its email in one transaction; 0 when
	 * another run claimed it first.
	 */
	private int once(long personId, String occasion, Runnable queue) {
		try {
			Integer sent = transactions.execute(status -> {
				int claimed = jdbc.sql("""
						insert into reminder_sent (person_id, occasion) values (:person, :occasion)
						on conflict do nothing""").param("person", personId).param("occasion", occasion).update();
				if (claimed == 1) {
					queue.run();
				}
				return claimed;
			});
			return sent == null ? 0 : sent;
		}
		catch (RuntimeException ex) {
			log.warn("Could not send the reminder {} to person {}", occasion, personId, ex);
			return 0;
		}
	}

	List<SessionDue> sessionsDue(Instant now) {
		return jdbc
			.sql("""
					select p.person_id, p.enrolment_id, s.session_id, s.programme_id, s.cohort_id, s.cohort_code, s.time_zone, s.title,
					       s.starts_at, s.ends_at, s.location, s.online, coalesce(r.preparation, '') as preparation
					from session_schedule s
					join confirmed_place p on p.cohort_id = s.cohort_id
					left join programme_reminder r on r.programme_id = s.programme_id
					where s.starts_at > cast(:now as timestamptz)
					  and coalesce(r.days_before, 3) > 0
					  and s.starts_at <= cast(:now as timestamptz) + make_interval(days => coalesce(r.days_before, 3))
					  and not exists (select 1 from reminder_sent x
					                  where x.person_id = p.person_id and x.occasion = 'session-' || s.session_id)
					  and not exists (select 1 from reminder_opt_out o where o.person_id = p.person_id)
					order by s.starts_at, s.session_id, p.person_id limit :batch""")
			.param("now", Timestamp.from(now))
			.param("batch", BATCH)
			.query((rs, n) -> new SessionDue(rs.getLong("person_id"), rs.getLong("enrolment_id"),
					rs.getLong("session_id"), rs.getLong("programme_id"), rs.getLong("cohort_id"),
					rs.getString("cohort_code"), rs.getString("time_zone"), rs.getString("title"),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
					rs.getString("location"), rs.getBoolean("online"), rs.getString("preparation")))
			.list();
	}

	/** Offers made for longer than 12 hours that lapse within 12 hours. */
	List<OfferDue> offersDue(Instant now) {
		return jdbc
			.sql("""
					select e.person_id, e.enrolment_id, e.programme_id, e.cohort_id, p.offer_expires_at
					from enrolment_report e
					join enrolment_place p on p.enrolment_id = e.enrolment_id
					where e.status = 'OFFERED'
					  and p.offer_expires_at > cast(:now as timestamptz) and p.offer_expires_at <= cast(:now as timestamptz) + interval '12 hours'
					  and e.status_changed_at < p.offer_expires_at - interval '12 hours'
					  and not exists (select 1 from reminder_opt_out o where o.person_id = e.person_id)
					order by p.offer_expires_at limit :batch""")
			.param("now", Timestamp.from(now))
			.param("batch", BATCH)
			.query((rs, n) -> new OfferDue(rs.getLong("person_id"), rs.getLong("enrolment_id"),
					rs.getLong("programme_id"), rs.getLong("cohort_id"),
					rs.getTimestamp("offer_expires_at").toInstant()))
			.list();
	}

	/** Approval links that expire within two days, for the manager. */
	List<ApprovalDue> approvalsDue(Instant now) {
		return jdbc
			.sql("""
					select a.person_id, a.enrolment_id, a.programme_id, a.cohort_id, a.manager_name, a.manager_email,
					       max(a.expires_at) as expires_at
					from pending_approval a
					where a.expires_at > cast(:now as timestamptz) and a.expires_at <= cast(:now as timestamptz) + interval '2 days'
					  and not exists (select 1 from reminder_sent x
					                  where x.person_id = a.person_id and x.occasion = 'approval-' || a.enrolment_id || '-manager')
					group by a.person_id, a.enrolment_id, a.programme_id, a.cohort_id, a.manager_name, a.manager_email
					order by a.enrolment_id limit :batch""")
			.param("now", Timestamp.from(now))
			.param("batch", BATCH)
			.query((rs, n) -> new ApprovalDue(rs.getLong("person_id"), rs.getLong("enrolment_id"),
					rs.getLong("programme_id"), rs.getLong("cohort_id"),
					rs.getString("manager_name") == null ? "" : rs.getString("manager_name"),
					rs.getString("manager_email"), rs.getTimestamp("expires_at").toInstant()))
			.list();
	}

	/**
	 * Confirmed places whose cohort's first session is within seven days, in a programme
	 * that develops a competency profile on which the person has handed in no
	 * measurement.
	 */
	List<MeasurementDue> measurementsDue(Instant now) {
		var candidates = jdbc
			.sql("""
					select p.person_id, p.enrolment_id, p.programme_id, p.cohort_id, f.first_start, f.time_zone
					from confirmed_place p
					join (select cohort_id, min(starts_at) as first_start, min(time_zone) as time_zone
					      from session_schedule group by cohort_id) f on f.cohort_id = p.cohort_id
					where f.first_start > cast(:now as timestamptz) and f.first_start <= cast(:now as timestamptz) + interval '7 days'
					  and not exists (select 1 from reminder_sent x
					                  where x.person_id = p.person_id and x.occasion = 'measurement-' || p.enrolment_id)
					  and not exists (select 1 from reminder_opt_out o where o.person_id = p.person_id)
					order by f.first_start limit :batch""")
			.param("now", Timestamp.from(now))
			.param("batch", BATCH)
			.query((rs, n) -> new MeasurementDue(rs.getLong("person_id"), rs.getLong("enrolment_id"),
					rs.getLong("programme_id"), rs.getLong("cohort_id"), rs.getTimestamp("first_start").toInstant(),
					rs.getString("time_zone")))
			.list();
		if (candidates.isEmpty()) {
			return candidates;
		}
		var programmes = catalogue.findAll(candidates.stream().map(MeasurementDue::programmeId).distinct().toList());
		Map<Long, Long> profileOf = new HashMap<>();
		programmes.forEach((id, p) -> {
			if (p.competencyProfileId() != null) {
				profileOf.put(id, p.competencyProfileId());
			}
		});
		return candidates.stream().filter(c -> {
			Long profile = profileOf.get(c.programmeId());
			return profile != null && !jdbc.sql(
					"select exists (select 1 from submitted_measurement where person_id = :person and profile_id = :profile)")
				.param("person", c.personId())
				.param("profile", profile)
				.query(Boolean.class)
				.single();
		}).toList();
	}

	/**
	 * Booked coaching appointments within a day, for the participant and for the coach,
	 * each once (the same occasion, one row per person) and each unless they turned
	 * reminders off. A moved appointment is a new occasion.
	 */
	List<AppointmentDue> appointmentsDue(Instant now) {
		return jdbc
			.sql("""
					select a.appointment_id, a.participant_person_id, a.coach_person_id, a.programme_id, a.starts_at,
					       a.ends_at, a.mode, a.place, a.time_zone,
					       not exists (select 1 from reminder_opt_out o where o.person_id = a.participant_person_id)
					         and not exists (select 1 from reminder_sent x where x.person_id = a.participant_person_id
					                         and x.occasion = 'appointment-' || a.appointment_id || '-' || extract(epoch from a.starts_at)::bigint)
					         as participant_wants,
					       not exists (select 1 from reminder_opt_out o where o.person_id = a.coach_person_id)
					         and not exists (select 1 from reminder_sent x where x.person_id = a.coach_person_id
					                         and x.occasion = 'appointment-' || a.appointment_id || '-' || extract(epoch from a.starts_at)::bigint)
					         as coach_wants
					from coaching_appointment_schedule a
					where a.status = 'BOOKED' and a.starts_at > cast(:now as timestamptz) and a.starts_at <= cast(:now as timestamptz) + interval '1 day'
					order by a.starts_at, a.appointment_id limit :batch""")
			.param("now", Timestamp.from(now))
			.param("batch", BATCH)
			.query((rs, n) -> new AppointmentDue(rs.getLong("appointment_id"), rs.getLong("participant_person_id"),
					rs.getLong("coach_person_id"), rs.getLong("programme_id"), rs.getTimestamp("starts_at").toInstant(),
					rs.getTimestamp("ends_at").toInstant(), rs.getString("mode"), rs.getString("place"),
					rs.getString("time_zone"), rs.getBoolean("participant_wants"), rs.getBoolean("coach_wants")))
			.list()
			.stream()
			.filter(due -> due.participantWants() || due.coachWants())
			.toList();
	}

}
