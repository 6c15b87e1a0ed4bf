package org.traject.cohorts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.CohortDecision;
import org.traject.cohorts.CohortOverview;
import org.traject.cohorts.CohortStatus;

/**
 * The secretary's view over all cohorts: per cohort the counts of each enrolment status,
 * the interest list of its programme and the decision on its minimum, aggregated by the
 * database in one statement (plus one for the programme titles), however many cohorts and
 * enrolments there are.
 */
@Component
public class CohortOverviews {

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	CohortOverviews(JdbcClient jdbc, Catalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	/**
	 * @param currentOnly only cohorts that are neither completed nor cancelled (the start
	 * pages need no others)
	 */
	List<CohortOverview> list(boolean currentOnly) {
		record Row(long id, long programmeId, String code, java.time.LocalDate startDate, CohortStatus status,
				String timeZone, int capacity, int minParticipants, long confirmed, long offered, long waitlisted,
				long awaiting, @Nullable Instant nextOfferExpiry, long interest, @Nullable String decision) {
		}
		List<Row> rows = jdbc
			.sql("""
					select c.id, c.programme_id, c.code, c.start_date, c.status, c.time_zone, c.capacity, c.min_participants,
					       count(e.id) filter (where e.status = 'CONFIRMED') as confirmed,
					       count(e.id) filter (where e.status = 'OFFERED') as offered,
					       count(e.id) filter (where e.status = 'WAITLISTED') as waitlisted,
					       count(e.id) filter (where e.status = 'AWAITING_APPROVAL') as awaiting,
					       min(e.offer_expires_at) filter (where e.status = 'OFFERED') as next_offer_expiry,
					       (select count(*) from interest_registration r
					         where r.programme_id = c.programme_id and r.status = 'WAITING') as interest,
					       d.decision
					from cohort c
					left join enrolment e on e.cohort_id = c.id
					left join cohort_decision d on d.cohort_id = c.id
					where not :currentOnly or c.status not in ('COMPLETED', 'CANCELLED')
					group by c.id, d.decision
					order by c.start_date, c.id""")
			.param("currentOnly", currentOnly)
			.query((rs, n) -> {
				Timestamp expiry = rs.getTimestamp("next_offer_expiry");
				return new Row(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("code"),
						rs.getDate("start_date").toLocalDate(), CohortStatus.valueOf(rs.getString("status")),
						rs.getString("time_zone"), rs.getInt("capacity"), rs.getInt("min_participants"),
						rs.getLong("confirmed"), rs.getLong("offered"), rs.getLong("waitlisted"),
						rs.getLong("awaiting"), expiry == null ? null : expiry.toInstant(), rs.getLong("interest"),
						rs.getString("decision"));
			})
			.list();
		var programmes = catalogue.findAll(rows.stream().map(Row::programmeId).distinct().toList());
		return rows.stream().map(r -> {
			var programme = programmes.get(r.programmeId());
			return new CohortOverview(r.id(), r.programmeId(), programme == null ? "" : programme.title(),
					programme == null ? "en" : programme.language(), r.code(), r.startDate(), r.status(), r.timeZone(),
					r.capacity(), r.minParticipants(), r.confirmed(), r.offered(), r.waitlisted(), r.awaiting(),
					r.interest(), r.nextOfferExpiry(), r.decision());
		}).toList();
	}

	Optional<CohortDecision> decision(long cohortId) {
		return jdbc.sql("select decision, reason, decided_at from cohort_decision where cohort_id = :id")
			.param("id", cohortId)
			.query((rs, n) -> new CohortDecision(rs.getString("decision"), rs.getString("reason"),
					rs.getTimestamp("decided_at").toInstant()))
			.optional();
	}

	void recordDecision(long cohortId, String decision, @Nullable String reason, @Nullable Long decidedBy) {
		jdbc.sql(
				"""
						insert into cohort_decision (cohort_id, decision, reason, decided_by) values (:id, :decision, :reason, :by)
						on conflict (cohort_id) do update set decision = excluded.decision, reason = excluded.reason,
						    decided_by = excluded.decided_by, decided_at = now()""")
			.param("id", cohortId)
			.param("decision", decision)
			.param("reason", reason)
			.param("by", decidedBy)
			.update();
	}

}
