package org.traject.reports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.reports.internal.EnrolmentFlowQueries.TimingRow;
import org.traject.reports.internal.ReportQueries.CancellationRow;
import org.traject.reports.internal.ReportQueries.CompletionRow;
import org.traject.reports.internal.ReportQueries.FillRow;
import org.traject.reports.internal.ReportQueries.WaitlistRow;

/**
 * What a report's section on {@code /reports} shows, and no more: the first rows in the
 * report's order, the figures of the programmes those rows and the chart's bars belong
 * to, and how many rows the whole report has. The rows are the same as the report's own
 * (checked in the tests); only the first programmes or cohorts are counted, so a section
 * costs about the same whatever the number of programmes. One statement each.
 * <p>
 * Per-programme reports choose their first programmes in an {@code exists} that stops at
 * the programme's first qualifying enrolment (through the cohorts' and the enrolments'
 * indexes), and count only those programmes' enrolments.
 */
@Component
@Transactional(readOnly = true)
public class SectionQueries {

	/**
	 * The programmes in scope (programme, language and sector filters) that have a cohort
	 * starting in the period.
	 */
	private static final String PROGRAMMES = Scope.PROGRAMMES;

	private static final String COHORTS_IN_PERIOD = """

			join cohort_report c on c.programme_id = p.programme_id and c.start_date between :from and :to
			""";

	private final JdbcClient jdbc;

	SectionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The first cohorts of the fill-rate report with their programme's totals, the first
	 * programmes (the chart's bars), and how many cohorts the report has.
	 */
	public CohortSection<FillRow> fill(ReportFilter filter, int limit) {
		List<FillRow> cohorts = new ArrayList<>();
		List<FillRow> programmes = new ArrayList<>();
		int[] total = { 0 };
		Scope.query(jdbc, Scope.SCOPE + """
				, cohorts as materialized (
				    select s.* from scope s where s.status <> 'CANCELLED' and""" + Scope.IN_PERIOD + """
				), first_programmes as (
				    select programme_id, title, language from cohorts group by programme_id, title, language
				    order by lower(title), programme_id limit :limit
				), counted as (
				    select c.cohort_id, c.programme_id, c.capacity,
				           (select count(*) from enrolment_report e
				            where e.cohort_id = c.cohort_id and e.status = 'CONFIRMED' and""" + Scope.member("e") + """
				           ) as confirmed
				    from cohorts c where c.programme_id in (select programme_id from first_programmes)
				), programme_totals as (
				    select programme_id, sum(confirmed) as confirmed, sum(capacity) as capacity
				    from counted group by programme_id
				), first_cohorts as (
				    select * from cohorts order by lower(title), programme_id, start_date, cohort_id limit :limit
				)
				select 0 as kind, f.programme_id, f.title, f.language, f.cohort_id, f.code, f.start_date, f.capacity,
				       n.confirmed, t.confirmed, t.capacity, (select count(*) from cohorts) as total,
				       lower(f.title) as sort
				from first_cohorts f
				join counted n on n.cohort_id = f.cohort_id
				join programme_totals t on t.programme_id = f.programme_id
				union all
				select 1, p.programme_id, p.title, p.language, 0, '', null, 0, 0, t.confirmed, t.capacity,
				       (select count(*) from cohorts), lower(p.title)
				from first_programmes p join programme_totals t on t.programme_id = p.programme_id
				order by kind, sort, programme_id, start_date, cohort_id""", filter).param("limit", limit).query(rs -> {
			var row = new FillRow(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
					rs.getObject(7, LocalDate.class), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11));
			(rs.getInt(1) == 0 ? cohorts : programmes).add(row);
			total[0] = rs.getInt(12);
		});
		return new CohortSection<>(cohorts, programmes, total[0]);
	}

	/**
	 * The first cohorts of the completion report with their programme's totals, the first
	 * programmes (the chart's bars), and how many cohorts the report has.
	 */
	public CohortSection<CompletionRow> completion(ReportFilter filter, int limit) {
		List<CompletionRow> cohorts = new ArrayList<>();
		List<CompletionRow> programmes = new ArrayList<>();
		int[] total = { 0 };
		Scope.query(jdbc, Scope.SCOPE + """
				, cohorts as materialized (
				    select s.* from scope s
				    where s.status <> 'CANCELLED' and s.start_date <= current_date and""" + Scope.IN_PERIOD + """
				), first_programmes as (
				    select programme_id, title, language from cohorts group by programme_id, title, language
				    order by lower(title), programme_id limit :limit
				), counted as (
				    select c.cohort_id, c.programme_id, x.participants, x.completed, x.not_completed
				    from cohorts c
				    cross join lateral (
				        select count(*) filter (where e.status = 'CONFIRMED') as participants,
				               count(d.enrolment_id) filter (where d.outcome = 'COMPLETED') as completed,
				               count(d.enrolment_id) filter (where d.outcome = 'NOT_COMPLETED') as not_completed
				        from enrolment_report e
				        left join completion_report d on d.enrolment_id = e.enrolment_id
				        where e.cohort_id = c.cohort_id and""" + Scope.member("e") + """
				    ) x
				    where c.programme_id in (select programme_id from first_programmes)
				), programme_totals as (
				    select programme_id, sum(participants) as participants, sum(completed) as completed
				    from counted group by programme_id
				), first_cohorts as (
				    select * from cohorts order by lower(title), programme_id, start_date, cohort_id limit :limit
				)
				select 0 as kind, f.programme_id, f.title, f.language, f.cohort_id, f.code, f.start_date,
				       n.participants, n.completed, n.not_completed, t.participants, t.completed,
				       (select count(*) from cohorts) as total, lower(f.title) as sort
				from first_cohorts f
				join counted n on n.cohort_id = f.cohort_id
				join programme_totals t on t.programme_id = f.programme_id
				union all
				select 1, p.programme_id, p.title, p.language, 0, '', null, 0, 0, 0, t.participants, t.completed,
				       (select count(*) from cohorts), lower(p.title)
				from first_programmes p join programme_totals t on t.programme_id = p.programme_id
				order by kind, sort, programme_id, start_date, cohort_id""", filter).param("limit", limit).query(rs -> {
			var row = new CompletionRow(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
					rs.getObject(7, LocalDate.class), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
					rs.getInt(12));
			(rs.getInt(1) == 0 ? cohorts : programmes).add(row);
			total[0] = rs.getInt(13);
		});
		return new CohortSection<>(cohorts, programmes, total[0]);
	}

	/**
	 * The first programmes of the cancellations report (those with an enrolment in a
	 * cohort starting in the period), and how many programmes it has.
	 */
	public ProgrammeSection<CancellationRow> cancellations(ReportFilter filter, int limit) {
		return programmeSection(filter, limit, hasEnrolment("", ""), """
				, per_enrolment as (
				    select distinct on (e.enrolment_id) p.programme_id, e.status, h.actor_role as cancelled_by
				    from first_programmes p""" + COHORTS_IN_PERIOD + """
				join enrolment_report e on e.cohort_id = c.cohort_id
				left join enrolment_history_report h on h.enrolment_id = e.enrolment_id and h.change = 'CANCELLED'
				where""" + Scope.member("e") + """
				    order by e.enrolment_id, h.occurred_at desc
				), per_programme as (
				""" + ReportQueries.CANCELLATION_FIGURES + """
				)
				select p.programme_id, p.title, p.language, x.enrolments, x.cancelled, x.by_participant,
				       x.by_secretary, x.by_other, (select count(*) from qualifying) as total
				from first_programmes p
				join per_programme x on x.programme_id = p.programme_id""",
				(rs, n) -> new CancellationRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
						rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)),
				9);
	}

	/**
	 * The first programmes of the waiting-times report (those with an enrolment that was
	 * confirmed or asked a manager's approval, in a cohort starting in the period), and
	 * how many programmes it has.
	 */
	public ProgrammeSection<TimingRow> timings(ReportFilter filter, int limit) {
		// a confirmed enrolment is tried first (the "or" stops at the first true side);
		// it implies the second condition, so the "or" is the second alone, but most
		// programmes are decided at their first confirmed enrolment instead of after
		// every cancelled one
		return programmeSection(filter, limit,
				hasEnrolment(TIMED_HISTORY, " and e.status = 'CONFIRMED'") + " or " + hasEnrolment(TIMED_HISTORY, ""),
				"""
						, per_enrolment as (
						    select p.programme_id,""" + EnrolmentFlowQueries.TIMING_PER_ENROLMENT + """
						from first_programmes p""" + COHORTS_IN_PERIOD + """
						    join enrolment_report e on e.cohort_id = c.cohort_id
						""" + TIMED_HISTORY + """
						where""" + Scope.member("e") + """
						    group by e.enrolment_id, e.requested_at, p.programme_id
						), per_programme as (
						    select programme_id,""" + EnrolmentFlowQueries.TIMING_FIGURES + """
						    from per_enrolment
						    group by programme_id
						)
						""" + EnrolmentFlowQueries.TIMING_ROWS + """
						       , (select count(*) from qualifying) as total
						from first_programmes p
						join per_programme x on x.programme_id = p.programme_id""",
				(rs, n) -> new TimingRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
						Scope.oneDecimal(rs.getObject(5, Double.class)), rs.getInt(6), rs.getInt(7), rs.getInt(8),
						rs.getInt(9), rs.getInt(10), Scope.oneDecimal(rs.getObject(11, Double.class))),
				12);
	}

	/**
	 * The first programmes of the waitlist report, the report's totals over all its
	 * programmes (the chart), and how many programmes it has. Only enrolments that were
	 * ever waitlisted are looked at: every column counts only those.
	 */
	public WaitlistSection waitlist(ReportFilter filter, int limit) {
		List<WaitlistRow> rows = new ArrayList<>();
		int[] totals = new int[8];
		Scope.query(jdbc, ReportQueries.WAITLIST_PER_PROGRAMME + """
				select *, sum(waitlisted) over () as t1, sum(offered) over () as t2, sum(accepted) over () as t3,
				       sum(expired) over () as t4, sum(moved) over () as t5, sum(waiting) over () as t6,
				       sum(never_placed) over () as t7, count(*) over () as programmes
				from per_programme
				order by lower(title), programme_id
				limit :limit""", filter).param("limit", limit).query(rs -> {
			rows.add(new WaitlistRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)));
			for (int i = 0; i < 8; i++) {
				totals[i] = rs.getInt(11 + i);
			}
		});
		return new WaitlistSection(rows,
				new int[] { totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], totals[6] }, totals[7]);
	}

	/**
	 * The condition that programme {@code p} has an enrolment in a cohort starting in the
	 * period (of a person of the chosen organisation), with the given join and condition
	 * on it. An {@code exists} that stops at the first such enrolment, found through the
	 * cohorts' index by programme and start and the enrolments' by cohort and status.
	 */
	private static String hasEnrolment(String join, String condition) {
		return """
				 exists (
				    select 1 from cohort_report c
				    join enrolment_report e on e.cohort_id = c.cohort_id
				""" + join + """
				where c.programme_id = p.programme_id and c.start_date between :from and :to
				  and""" + Scope.member("e") + condition + """
				)
				""";
	}

	private static final String TIMED_HISTORY = EnrolmentFlowQueries.TIMED_HISTORY;

	private <T> ProgrammeSection<T> programmeSection(ReportFilter filter, int limit, String qualifies, String figures,
			RowMapper<T> mapper, int totalColumn) {
		List<T> rows = new ArrayList<>();
		int[] total = { 0 };
		Scope.query(jdbc, PROGRAMMES + """
				, qualifying as materialized (
				    select p.programme_id, p.title, p.language from programmes p
				    where""" + qualifies + """
				), first_programmes as (
				    select * from qualifying order by lower(title), programme_id limit :limit
				)""" + figures + """

				order by lower(title), programme_id""", filter).param("limit", limit).query(rs -> {
			rows.add(mapper.mapRow(rs, rows.size()));
			total[0] = rs.getInt(totalColumn);
		});
		return new ProgrammeSection<>(rows, total[0]);
	}

	/**
	 * The first cohorts, the first programmes (for the chart), and the cohorts in all.
	 */
	public record CohortSection<T>(List<T> cohorts, List<T> programmes, int total) {
	}

	/** The first programmes, and the programmes in all. */
	public record ProgrammeSection<T>(List<T> rows, int total) {
	}

	/**
	 * The first programmes, the totals of all (in the report's column order), and the
	 * programmes in all.
	 */
	public record WaitlistSection(List<WaitlistRow> rows, int[] totals, int total) {
	}

}
