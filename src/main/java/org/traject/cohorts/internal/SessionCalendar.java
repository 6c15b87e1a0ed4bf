package org.traject.cohorts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.ScheduledSession;

/**
 * The sessions of all cohorts that go ahead, between two moments: one statement, plus one
 * for the programmes' titles.
 */
@Component
public class SessionCalendar {

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	SessionCalendar(JdbcClient jdbc, Catalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	public List<ScheduledSession> between(Instant from, Instant to) {
		record Row(long sessionId, long cohortId, long programmeId, String code, String timeZone, String title,
				Instant startsAt, Instant endsAt, @Nullable String location) {
		}
		var rows = jdbc.sql("""
				select s.id, s.cohort_id, c.programme_id, c.code, c.time_zone, s.title, s.starts_at, s.ends_at,
				       coalesce(s.location, c.location) as location
				from cohort_session s join cohort c on c.id = s.cohort_id
				where s.starts_at >= :from and s.starts_at < :to and c.status in ('OPEN', 'RUNNING', 'PLANNED')
				order by s.starts_at, s.id""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("cohort_id"), rs.getLong("programme_id"),
					rs.getString("code"), rs.getString("time_zone"), rs.getString("title"),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
					rs.getString("location")))
			.list();
		var programmes = catalogue.findAll(rows.stream().map(Row::programmeId).distinct().toList());
		return rows.stream().map(r -> {
			var p = programmes.get(r.programmeId());
			return new ScheduledSession(r.sessionId(), r.cohortId(), r.code(), p == null ? "" : p.title(),
					p == null ? "en" : p.language(), r.timeZone(), r.title(), r.startsAt(), r.endsAt(), r.location());
		}).toList();
	}

}
