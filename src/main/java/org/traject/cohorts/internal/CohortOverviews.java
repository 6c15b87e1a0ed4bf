package org.traject.cohorts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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

	/**
	 * A cohort's enrolments counted by status, with its next offer to expire and its
	 * oldest request awaiting approval: the same columns for the console's list and for
	 * the filtered, paged overview (over {@code enrolment e} grouped by cohort).
	 */
	private static final String ENROLMENT_COUNTS = """
			count(e.id) filter (where e.status = 'CONFIRMED') as confirmed,
			count(e.id) filter (where e.status = 'OFFERED') as offered,
			count(e.id) filter (where e.status = 'WAITLISTED') as waitlisted,
			count(e.id) filter (where e.status = 'AWAITING_APPROVAL') as awaiting,
			min(e.offer_expires_at) filter (where e.status = 'OFFERED') as next_offer_expiry,
			min(e.requested_at) filter (where e.status = 'AWAITING_APPROVAL') as oldest_approval""";

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
				long awaiting, @Nullable Instant nextOfferExpiry, long interest, @Nullable String decision,
				@Nullable Instant oldestApproval) {
		}
		List<Row> rows = jdbc
			.sql("""
					select c.id, c.programme_id, c.code, c.start_date, c.status, c.time_zone, c.capacity, c.min_participants,
					       %s,
					       (select count(*) from interest_registration r
					         where r.programme_id = c.programme_id and r.status = 'WAITING') as interest,
					       d.decision
					from cohort c
					left join enrolment e on e.cohort_id = c.id
					left join cohort_decision d on d.cohort_id = c.id
					where not :currentOnly or c.status not in ('COMPLETED', 'CANCELLED')
					group by c.id, d.decision
					order by c.start_date, c.id"""
				.formatted(ENROLMENT_COUNTS))
			.param("currentOnly", currentOnly)
			.query((rs, n) -> {
				Timestamp expiry = rs.getTimestamp("next_offer_expiry");
				Timestamp oldestApproval = rs.getTimestamp("oldest_approval");
				return new Row(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("code"),
						rs.getDate("start_date").toLocalDate(), CohortStatus.valueOf(rs.getString("status")),
						rs.getString("time_zone"), rs.getInt("capacity"), rs.getInt("min_participants"),
						rs.getLong("confirmed"), rs.getLong("offered"), rs.getLong("waitlisted"),
						rs.getLong("awaiting"), expiry == null ? null : expiry.toInstant(), rs.getLong("interest"),
						rs.getString("decision"), oldestApproval == null ? null : oldestApproval.toInstant());
			})
			.list();
		var programmes = catalogue.findAll(rows.stream().map(Row::programmeId).distinct().toList());
		return rows.stream().map(r -> {
			var programme = programmes.get(r.programmeId());
			return new CohortOverview(r.id(), r.programmeId(), programme == null ? "" : programme.title(),
					programme == null ? "en" : programme.language(), r.code(), r.startDate(), r.status(), r.timeZone(),
					r.capacity(), r.minParticipants(), r.confirmed(), r.offered(), r.waitlisted(), r.awaiting(),
					r.interest(), r.nextOfferExpiry(), r.decision(), r.oldestApproval());
		}).toList();
	}

	/**
	 * One page of the secretary's cohort overview, filtered, searched and sorted by the
	 * database: one statement (the total comes with the page as a window count), however
	 * many thousand cohorts there are.
	 */
	public CohortPage page(CohortQuery query, int pageSize) {
		var where = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		if (query.programme() != null) {
			where.add("c.programme_id = :programme");
			params.put("programme", query.programme());
		}
		if (query.status() != null) {
			where.add("c.status = :status");
			params.put("status", query.status().name());
		}
		else if (!query.includePast()) {
			where.add("c.status in ('PLANNED', 'OPEN', 'RUNNING')");
		}
		if (query.startsFrom() != null) {
			where.add("c.start_date >= :startsFrom");
			params.put("startsFrom", query.startsFrom());
		}
		if (query.startsUntil() != null) {
			where.add("c.start_date <= :startsUntil");
			params.put("startsUntil", query.startsUntil());
		}
		if (!query.search().isBlank()) {
			where.add("(c.code ilike :search escape '\\' or pl.title ilike :search escape '\\')");
			params.put("search",
					"%" + query.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		var having = new ArrayList<String>();
		switch (query.places()) {
			case "free" -> having.add("confirmed + offered < capacity");
			case "full" -> having.add("confirmed + offered >= capacity");
			default -> {
			}
		}
		if (query.withWaitlist()) {
			having.add("waitlisted > 0");
		}
		if (query.attention()) {
			having
				.add("""
						status in ('PLANNED', 'OPEN') and ((confirmed < min_participants and coalesce(decision, '') <> 'GOES_AHEAD'
						  and start_date - :decisionDays <= (now() at time zone time_zone)::date)
						  or waitlisted > 0 or awaiting > 0 or next_offer_expiry < now() + interval '24 hours')""");
			params.put("decisionDays", CohortOverview.DECISION_WINDOW.getDays());
		}
		String direction = query.descending() ? " desc" : "";
		String order = switch (query.sort()) {
			case "programme" -> "lower(title)" + direction + ", start_date, id";
			case "fill" -> "(confirmed + offered)::float / greatest(capacity, 1)" + direction + ", start_date, id";
			case "waitlist" -> "waitlisted" + direction + ", start_date, id";
			case "free" -> "capacity - confirmed - offered" + direction + ", start_date, id";
			default -> "start_date" + direction + ", id" + direction;
		};
		String sql = """
				with counted as (
				  select c.id, c.programme_id, pl.title, pl.language, c.code, c.start_date, c.status, c.time_zone,
				         c.capacity, c.min_participants,
				         %s,
				         coalesce(i.waiting, 0) as interest, d.decision
				  from cohort c
				  join programme_listing pl on pl.programme_id = c.programme_id
				  left join enrolment e on e.cohort_id = c.id
				  left join cohort_decision d on d.cohort_id = c.id
				  left join (select programme_id, count(*) as waiting from interest_registration
				             where status = 'WAITING' group by programme_id) i on i.programme_id = c.programme_id
				  %s
				  group by c.id, pl.title, pl.language, d.decision, i.waiting
				)
				select counted.*, count(*) over () as total from counted
				%s
				order by %s
				limit :limit offset :offset""".formatted(ENROLMENT_COUNTS,
				where.isEmpty() ? "" : "where " + String.join(" and ", where),
				having.isEmpty() ? "" : "where " + String.join(" and ", having), order);
		params.put("limit", pageSize);
		params.put("offset", (long) query.page() * pageSize);
		long[] total = { 0 };
		var rows = jdbc.sql(sql).params(params).query((rs, n) -> {
			total[0] = rs.getLong("total");
			Timestamp expiry = rs.getTimestamp("next_offer_expiry");
			Timestamp oldest = rs.getTimestamp("oldest_approval");
			return new CohortOverview(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("title"),
					rs.getString("language"), rs.getString("code"), rs.getDate("start_date").toLocalDate(),
					CohortStatus.valueOf(rs.getString("status")), rs.getString("time_zone"), rs.getInt("capacity"),
					rs.getInt("min_participants"), rs.getLong("confirmed"), rs.getLong("offered"),
					rs.getLong("waitlisted"), rs.getLong("awaiting"), rs.getLong("interest"),
					expiry == null ? null : expiry.toInstant(), rs.getString("decision"),
					oldest == null ? null : oldest.toInstant());
		}).list();
		return new CohortPage(rows, total[0]);
	}

	/** The programmes that have cohorts, by title: the overview's programme filter. */
	public List<ProgrammeOption> programmesWithCohorts() {
		return jdbc.sql("""
				select pl.programme_id, pl.title from programme_listing pl
				where exists (select 1 from cohort c where c.programme_id = pl.programme_id)
				order by lower(pl.title), pl.programme_id""")
			.query((rs, n) -> new ProgrammeOption(rs.getLong("programme_id"), rs.getString("title")))
			.list();
	}

	/**
	 * What the cohort overview shows: filters (null or empty for none), search text, sort
	 * column and direction, page (from 0).
	 */
	public record CohortQuery(@Nullable Long programme, @Nullable CohortStatus status, boolean includePast,
			java.time.@Nullable LocalDate startsFrom, java.time.@Nullable LocalDate startsUntil, String places,
			boolean withWaitlist, boolean attention, String search, String sort, boolean descending, int page) {
	}

	public record CohortPage(List<CohortOverview> rows, long total) {
	}

	public record ProgrammeOption(long id, String title) {
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
