package org.traject.reports.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates issued and the points they carry, per register and period: the school
 * leaders' register counts in cycles of four years (a positive completion renews a
 * registration for four years), starting in the configured year; the other registers (and
 * certificates without one) per calendar year. One statement.
 */
@Component
@Transactional(readOnly = true)
public class AwardQueries {

	static final int SCHOOL_LEADERS_CYCLE_YEARS = 4;

	private final JdbcClient jdbc;

	private final int cycleStart;

	AwardQueries(JdbcClient jdbc, @Value("${traject.reports.school-leaders-cycle-start:2024}") int cycleStart) {
		this.jdbc = jdbc;
		this.cycleStart = cycleStart;
	}

	/**
	 * Certificates of completions in the period, per register (none: "NONE") and period,
	 * with the people they went to and the points they carry.
	 */
	public List<AwardRow> pointsAndCertificates(ReportFilter filter) {
		return Scope
			.query(jdbc, Scope.PROGRAMMES + """
					, awards as (
					    select coalesce(a.register, 'NONE') as register, a.points, a.person_id,
					           case when a.register = 'SCHOOL_LEADERS_REGISTER'
					                then :cycle + :years * floor((extract(year from a.completed_on) - :cycle) / :years)
					                else extract(year from a.completed_on) end::int as period_start
					    from programmes p
					    join award_report a on a.programme_id = p.programme_id
					    where a.completed_on between :from and :to and""" + Scope.member("a")
					+ """
							)
							select register, period_start,
							       period_start + case when register = 'SCHOOL_LEADERS_REGISTER' then :years - 1 else 0 end as period_end,
							       count(*) as certificates, count(distinct person_id) as people,
							       coalesce(sum(points), 0) as points
							from awards
							group by register, period_start
							order by case register when 'SCHOOL_LEADERS_REGISTER' then 0 when 'DIPLOMA_ECTS' then 1
							                       when 'OTHER' then 2 else 3 end, period_start""",
					filter)
			.param("cycle", cycleStart)
			.param("years", SCHOOL_LEADERS_CYCLE_YEARS)
			.query((rs, n) -> new AwardRow(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getBigDecimal(6)))
			.list();
	}

	/**
	 * Certificates issued for one register in one period (a single year when start and
	 * end are equal), to how many people, with how many points.
	 */
	public record AwardRow(String register, int periodStart, int periodEnd, int certificates, int people,
			BigDecimal points) {
	}

}
