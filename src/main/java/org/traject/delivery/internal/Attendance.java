package org.traject.delivery.internal;

import org.traject.delivery.AttendanceStatus;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.CohortRoster;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.EnrolmentView;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.EnrolmentStatus;

/**
 * Attendance per session: who was present, absent or excused (with a reason). One row per
 * person and session; a tap on a tablet writes it at once, and the last tap wins, also
 * when two secretaries tap at the same moment (the database's upsert decides). Only
 * confirmed participants of the cohort are registered.
 */
@Service
public class Attendance {

	private final JdbcClient jdbc;

	private final Cohorts cohorts;

	Attendance(JdbcClient jdbc, Cohorts cohorts) {
		this.jdbc = jdbc;
		this.cohorts = cohorts;
	}

	/** The cohort's sessions with how far attendance has been registered for each. */
	@Transactional(readOnly = true)
	public Overview overview(long cohortId) {
		var roster = cohorts.roster(cohortId);
		var participants = participants(roster);
		Map<Long, Map<AttendanceStatus, Integer>> counts = new HashMap<>();
		// only the confirmed participants count; which they are comes from the cohorts
		// module's roster
		jdbc.sql("select session_id, status, count(*) as n from delivery_attendance where cohort_id = :cohort "
				+ "and enrolment_id = any(:enrolments) group by session_id, status")
			.param("cohort", cohortId)
			.param("enrolments", participants.stream().map(CohortRoster.Participant::enrolmentId).toArray(Long[]::new))
			.query((rs, n) -> counts.computeIfAbsent(rs.getLong("session_id"), k -> new HashMap<>())
				.put(AttendanceStatus.valueOf(rs.getString("status")), rs.getInt("n")))
			.list();
		var sessions = sorted(roster.cohort().sessions()).stream().map(s -> {
			var c = counts.getOrDefault(s.id(), Map.of());
			return new SessionCount(s, c.getOrDefault(AttendanceStatus.PRESENT, 0),
					c.getOrDefault(AttendanceStatus.ABSENT, 0), c.getOrDefault(AttendanceStatus.EXCUSED, 0),
					participants.size());
		}).toList();
		return new Overview(roster.cohort(), roster.programme(), sessions, participants.size());
	}

	/**
	 * The sheet for one session: every confirmed participant with what is registered for
	 * them.
	 */
	@Transactional(readOnly = true)
	public Sheet sheet(long cohortId, long sessionId) {
		var roster = cohorts.roster(cohortId);
		var sessions = sorted(roster.cohort().sessions());
		var session = sessions.stream()
			.filter(s -> s.id() == sessionId)
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No session " + sessionId + " in cohort " + cohortId));
		var records = recordsOfSession(sessionId);
		var lines = participants(roster).stream().map(l -> line(l, records.get(l.enrolmentId()))).toList();
		int index = sessions.indexOf(session);
		return new Sheet(roster.cohort(), roster.programme(), session, lines,
				index > 0 ? sessions.get(index - 1) : null,
				index < sessions.size() - 1 ? sessions.get(index + 1) : null);
	}

	/**
	 * Registers one participant at one session, replacing what was there.
	 * @throws NoSuchElementException when the session is not the cohort's or the
	 * enrolment not a confirmed place in it
	 */
	@Transactional
	public SheetLine record(long cohortId, long sessionId, long enrolmentId, AttendanceStatus status,
			@Nullable String reason, long recordedBy) {
		var roster = cohorts.roster(cohortId);
		requireSession(roster, sessionId);
		requireOpen(roster);
		var participant = participants(roster).stream()
			.filter(l -> l.enrolmentId() == enrolmentId)
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No participant " + enrolmentId + " in cohort " + cohortId));
		String kept = status == AttendanceStatus.EXCUSED && reason != null && !reason.isBlank() ? reason.strip() : null;
		jdbc.sql(
				"""
						insert into delivery_attendance (cohort_id, session_id, enrolment_id, person_id, status, reason, recorded_at, recorded_by)
						values (:cohort, :session, :enrolment, :person, :status, :reason, :now, :by)
						on conflict (session_id, enrolment_id) do update
						set status = excluded.status, reason = excluded.reason, recorded_at = excluded.recorded_at,
						    recorded_by = excluded.recorded_by""")
			.param("cohort", cohortId)
			.param("session", sessionId)
			.param("enrolment", enrolmentId)
			.param("person", participant.personId())
			.param("status", status.name())
			.param("reason", kept)
			.param("now", Timestamp.from(Instant.now()))
			.param("by", recordedBy)
			.update();
		return line(participant, recordsOfSession(sessionId).get(enrolmentId));
	}

	/**
	 * Marks everyone not registered yet as present; what was registered stays. Returns
	 * how many were marked.
	 */
	@Transactional
	public int allPresent(long cohortId, long sessionId, long recordedBy) {
		var roster = cohorts.roster(cohortId);
		requireSession(roster, sessionId);
		requireOpen(roster);
		int marked = 0;
		for (var participant : participants(roster)) {
			marked += jdbc
				.sql("""
						insert into delivery_attendance (cohort_id, session_id, enrolment_id, person_id, status, recorded_at, recorded_by)
						values (:cohort, :session, :enrolment, :person, 'PRESENT', :now, :by)
						on conflict (session_id, enrolment_id) do nothing""")
				.param("cohort", cohortId)
				.param("session", sessionId)
				.param("enrolment", participant.enrolmentId())
				.param("person", participant.personId())
				.param("now", Timestamp.from(Instant.now()))
				.param("by", recordedBy)
				.update();
		}
		return marked;
	}

	/**
	 * A participant's own attendance, per cohort they hold a confirmed place in that has
	 * begun.
	 */
	@Transactional(readOnly = true)
	public List<MyAttendance> ofPerson(long personId) {
		var mine = cohorts.enrolmentsOf(personId)
			.stream()
			.filter(e -> e.status() == EnrolmentStatus.CONFIRMED && e.cohortStatus() != CohortStatus.CANCELLED)
			.toList();
		if (mine.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<Long, Row>> bySession = new HashMap<>();
		for (var row : jdbc
			.sql("select session_id, enrolment_id, status, reason, recorded_at from delivery_attendance "
					+ "where person_id = :person")
			.param("person", personId)
			.query(Attendance::row)
			.list()) {
			bySession.computeIfAbsent(row.enrolmentId(), k -> new HashMap<>()).put(row.sessionId(), row);
		}
		Instant now = Instant.now();
		return mine.stream().flatMap(e -> cohorts.find(e.cohortId()).stream().map(cohort -> {
			var records = bySession.getOrDefault(e.id(), Map.of());
			var past = sorted(cohort.sessions()).stream().filter(s -> s.startsAt().isBefore(now)).toList();
			var lines = past.stream().map(s -> {
				var r = records.get(s.id());
				return new MySession(s, r == null ? null : r.status(), r == null ? null : r.reason());
			}).toList();
			return new MyAttendance(e, cohort.timeZone(), lines, cohort.sessions().size());
		})).filter(a -> !a.sessions().isEmpty()).toList();
	}

	/**
	 * Every registration of a cohort, for the completion board: enrolment id to session
	 * id to status.
	 */
	Map<Long, Map<Long, AttendanceStatus>> ofCohort(long cohortId) {
		Map<Long, Map<Long, AttendanceStatus>> result = new HashMap<>();
		jdbc.sql(
				"select session_id, enrolment_id, status, reason, recorded_at from delivery_attendance where cohort_id = :cohort")
			.param("cohort", cohortId)
			.query(Attendance::row)
			.list()
			.forEach(r -> result.computeIfAbsent(r.enrolmentId(), k -> new HashMap<>()).put(r.sessionId(), r.status()));
		return result;
	}

	static List<CohortRoster.Participant> participants(CohortRoster roster) {
		return roster.confirmed();
	}

	static List<Cohorts.SessionView> sorted(List<Cohorts.SessionView> sessions) {
		return sessions.stream()
			.sorted(Comparator.comparing(Cohorts.SessionView::startsAt).thenComparing(Cohorts.SessionView::id))
			.toList();
	}

	private static void requireSession(CohortRoster roster, long sessionId) {
		if (roster.cohort().sessions().stream().noneMatch(s -> s.id() == sessionId)) {
			throw new NoSuchElementException("No session " + sessionId + " in cohort " + roster.cohort().id());
		}
	}

	private static void requireOpen(CohortRoster roster) {
		if (roster.cohort().status() == CohortStatus.CANCELLED) {
			throw new DeliveryRefusedException(DeliveryRefusedException.Reason.COHORT_CANCELLED);
		}
	}

	private Map<Long, Row> recordsOfSession(long sessionId) {
		Map<Long, Row> records = new HashMap<>();
		jdbc.sql(
				"select session_id, enrolment_id, status, reason, recorded_at from delivery_attendance where session_id = :session")
			.param("session", sessionId)
			.query(Attendance::row)
			.list()
			.forEach(r -> records.put(r.enrolmentId(), r));
		return records;
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getLong("session_id"), rs.getLong("enrolment_id"),
				AttendanceStatus.valueOf(rs.getString("status")), rs.getString("reason"),
				rs.getTimestamp("recorded_at").toInstant());
	}

	private static SheetLine line(CohortRoster.Participant l, @Nullable Row r) {
		return new SheetLine(l.enrolmentId(), l.personId(), l.name(), l.organisation(), r == null ? null : r.status(),
				r == null ? null : r.reason(), r == null ? null : r.recordedAt());
	}

	private record Row(long sessionId, long enrolmentId, AttendanceStatus status, @Nullable String reason,
			Instant recordedAt) {
	}

	/** The sessions of a cohort with their registration counts. */
	public record Overview(Cohorts.CohortView cohort, Catalogue.ProgrammeView programme, List<SessionCount> sessions,
			int participants) {
	}

	public record SessionCount(Cohorts.SessionView session, int present, int absent, int excused, int participants) {

		public int registered() {
			return present + absent + excused;
		}

		public boolean complete() {
			return registered() >= participants;
		}
	}

	/**
	 * One session's sheet, with the sessions before and after it to step through a day.
	 */
	public record Sheet(Cohorts.CohortView cohort, Catalogue.ProgrammeView programme, Cohorts.SessionView session,
			List<SheetLine> lines, Cohorts.@Nullable SessionView previous, Cohorts.@Nullable SessionView next) {

		public long count(AttendanceStatus status) {
			return lines.stream().filter(l -> l.status() == status).count();
		}

		public long unregistered() {
			return lines.stream().filter(l -> l.status() == null).count();
		}
	}

	/**
	 * A participant on a session's sheet; status null means nothing is registered yet.
	 */
	public record SheetLine(long enrolmentId, long personId, String name, @Nullable String organisation,
			@Nullable AttendanceStatus status, @Nullable String reason, @Nullable Instant recordedAt) {
	}

	/**
	 * A participant's attendance in one cohort: the sessions that have begun, and how
	 * many there are in all.
	 */
	public record MyAttendance(EnrolmentView enrolment, String timeZone, List<MySession> sessions, int sessionsInAll) {

		public long present() {
			return sessions.stream().filter(s -> s.status() == AttendanceStatus.PRESENT).count();
		}
	}

	public record MySession(Cohorts.SessionView session, @Nullable AttendanceStatus status, @Nullable String reason) {
	}

}
