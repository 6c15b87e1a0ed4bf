package org.traject.evaluations.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.ScheduledSession;
import org.traject.people.People;

/**
 * Opens evaluation rounds and sends their links and the one reminder. A round opens when
 * the cohort's last session has ended (or each session, when the programme's form says
 * so) and stays open four weeks; each confirmed participant gets a personal link. The
 * round's unique key (cohort and occasion) and the reminder's conditional update make
 * both happen once on any number of instances; each round and each reminder is its own
 * transaction, its email queued in it.
 */
@Component
public class EvaluationRounds {

	/** How long a round accepts answers. */
	static final Duration OPEN_FOR = Duration.ofDays(28);

	/** Sessions that ended longer ago than this open no round (nor on a first start). */
	static final Duration LOOK_BACK = Duration.ofDays(14);

	/** When those who have not answered are reminded, once. */
	static final Duration REMIND_AFTER = Duration.ofDays(5);

	private final JdbcClient jdbc;

	private final Cohorts cohorts;

	private final EvaluationForms forms;

	private final EvaluationEmails emails;

	private final People people;

	EvaluationRounds(JdbcClient jdbc, Cohorts cohorts, EvaluationForms forms, EvaluationEmails emails, People people) {
		this.jdbc = jdbc;
		this.cohorts = cohorts;
		this.forms = forms;
		this.emails = emails;
		this.people = people;
	}

	/**
	 * The rounds due at the given moment: per cohort whose sessions ended lately, the
	 * last session (or each ended one) without a round yet.
	 */
	@Transactional(readOnly = true)
	public List<Due> due(Instant now) {
		var ended = new LinkedHashMap<Long, List<ScheduledSession>>();
		for (var s : cohorts.sessionsBetween(now.minus(LOOK_BACK).minus(Duration.ofDays(1)), now)) {
			if (!s.endsAt().isAfter(now) && s.endsAt().isAfter(now.minus(LOOK_BACK))) {
				ended.computeIfAbsent(s.cohortId(), c -> new ArrayList<>()).add(s);
			}
		}
		var due = new ArrayList<Due>();
		for (var entry : ended.entrySet()) {
			var cohort = cohorts.find(entry.getKey()).orElse(null);
			if (cohort == null || cohort.sessions().isEmpty()) {
				continue;
			}
			var first = entry.getValue().get(0);
			var form = forms.current(cohort.programmeId(), first.programmeLanguage());
			if (form.afterEachSession()) {
				entry.getValue()
					.forEach(s -> due.add(new Due(cohort.id(), cohort.programmeId(), s.sessionId(), form.id(),
							day(s.endsAt(), s.timeZone()), s.programmeTitle(), s.cohortCode())));
			}
			else {
				var last = cohort.sessions()
					.stream()
					.max(Comparator.comparing(Cohorts.SessionView::endsAt))
					.orElseThrow();
				if (entry.getValue().stream().anyMatch(s -> s.sessionId() == last.id())) {
					due.add(new Due(cohort.id(), cohort.programmeId(), null, form.id(),
							day(last.endsAt(), cohort.timeZone()), first.programmeTitle(), cohort.code()));
				}
			}
		}
		return due.stream().filter(d -> !exists(d)).toList();
	}

	/**
	 * Opens one round and invites the cohort's confirmed participants; does nothing when
	 * another run opened it first. Returns how many were invited.
	 */
	@Transactional
	public int open(Due due, Instant now) {
		Long round = jdbc
			.sql("""
					insert into evaluation_round (programme_id, cohort_id, session_id, form_id, held_on, opened_at, closes_at)
					values (:programme, :cohort, :session, :form, :held, :now, :closes)
					on conflict (cohort_id, session_id) do nothing returning id""")
			.param("programme", due.programmeId())
			.param("cohort", due.cohortId())
			.param("session", due.sessionId())
			.param("form", due.formId())
			.param("held", due.heldOn())
			.param("now", java.sql.Timestamp.from(now))
			.param("closes", java.sql.Timestamp.from(now.plus(OPEN_FOR)))
			.query(Long.class)
			.optional()
			.orElse(null);
		if (round == null) {
			return 0;
		}
		var form = forms.find(due.formId());
		var closes = now.plus(OPEN_FOR);
		int invited = 0;
		for (var participant : cohorts.roster(due.cohortId()).confirmed()) {
			String token = EvaluationTokens.newToken();
			long invitation = jdbc.sql("""
					insert into evaluation_invitation (round_id, person_id, token_hash, language, invited_at)
					values (:round, :person, :hash, :language, :now) returning id""")
				.param("round", round)
				.param("person", participant.personId())
				.param("hash", EvaluationTokens.hash(token))
				.param("language", form.language())
				.param("now", java.sql.Timestamp.from(now))
				.query(Long.class)
				.single();
			emails.invitation(invitation, participant.email(), participant.name(), form.language(),
					due.programmeTitle(), token, closes);
			invited++;
		}
		return invited;
	}

	/**
	 * The invitations due for their reminder: unanswered, not yet reminded, sent at least
	 * five days ago, in a round still open.
	 */
	@Transactional(readOnly = true)
	public List<Long> dueReminders(Instant now) {
		return jdbc.sql("""
				select i.id from evaluation_invitation i
				join evaluation_round r on r.id = i.round_id
				where not i.answered and i.reminded_at is null and i.person_id is not null
				  and i.invited_at <= :before and r.closes_at > :now
				order by i.invited_at, i.id limit 500""")
			.param("before", java.sql.Timestamp.from(now.minus(REMIND_AFTER)))
			.param("now", java.sql.Timestamp.from(now))
			.query(Long.class)
			.list();
	}

	/**
	 * Sends the reminder with a fresh link (the first one keeps working); once: the
	 * update that marks it sent is conditional, so a second run finds nothing to do.
	 */
	@Transactional
	public boolean remind(long invitationId, Instant now) {
		String token = EvaluationTokens.newToken();
		var reminded = jdbc.sql("""
				update evaluation_invitation i set reminded_at = :now, reminder_token_hash = :hash
				from evaluation_round r
				where i.id = :id and r.id = i.round_id and i.reminded_at is null and not i.answered
				  and i.person_id is not null
				returning i.person_id, i.language, r.programme_id, r.closes_at""")
			.param("now", java.sql.Timestamp.from(now))
			.param("hash", EvaluationTokens.hash(token))
			.param("id", invitationId)
			.query((rs, n) -> new Reminded(rs.getLong(1), rs.getString(2), rs.getLong(3),
					rs.getTimestamp(4).toInstant()))
			.optional();
		if (reminded.isEmpty()) {
			return false;
		}
		var r = reminded.get();
		var person = people.findById(r.personId()).orElse(null);
		if (person == null) {
			return false;
		}
		emails.reminder(invitationId, person.email(), person.displayName(), r.language(),
				emails.programmeTitle(r.programmeId()), token, r.closesAt());
		return true;
	}

	private boolean exists(Due due) {
		return jdbc.sql("""
				select exists (select 1 from evaluation_round
				               where cohort_id = :cohort and session_id is not distinct from :session)""")
			.param("cohort", due.cohortId())
			.param("session", due.sessionId())
			.query(Boolean.class)
			.single();
	}

	private static LocalDate day(Instant instant, String zone) {
		return instant.atZone(java.time.ZoneId.of(zone)).toLocalDate();
	}

	/**
	 * A round to open: for the cohort after its last session (no session) or after one
	 * session.
	 */
	public record Due(long cohortId, long programmeId, @Nullable Long sessionId, long formId, LocalDate heldOn,
			String programmeTitle, String cohortCode) {
	}

	private record Reminded(long personId, String language, long programmeId, Instant closesAt) {
	}

}
