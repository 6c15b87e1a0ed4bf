package org.traject.reports.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluations per programme and year, from the views the evaluations module publishes
 * ({@code evaluation_round_report}, {@code evaluation_invitation_report},
 * {@code evaluation_score_report}): rounds held in the period, people invited, how many
 * answered, and the mean of all answers on a scale of 1 to 5. The answers carry no
 * person, so with an organisation chosen the response rate counts its people only and the
 * mean score is left out. One statement.
 */
@Component
@Transactional(readOnly = true)
public class EvaluationReportQueries {

	private final JdbcClient jdbc;

	EvaluationReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<EvaluationRow> evaluations(ReportFilter filter) {
		return Scope.query(jdbc, Scope.SCOPE + """
				, rounds as (
				    select s.programme_id, s.title, s.language, r.round_id,
				           extract(year from r.held_on)::int as year
				    from scope s
				    join evaluation_round_report r on r.cohort_id = s.cohort_id
				    where r.held_on between :from and :to
				), invited as (
				    select r.programme_id, r.year, count(*) as invited, count(*) filter (where i.answered) as answered
				    from rounds r
				    join evaluation_invitation_report i on i.round_id = r.round_id
				    where""" + Scope.member("i") + """
				    group by r.programme_id, r.year
				), scores as (
				    select r.programme_id, r.year, sum(sc.scale_answers) as answers, sum(sc.scale_total) as total
				    from rounds r
				    join evaluation_score_report sc on sc.round_id = r.round_id
				    group by r.programme_id, r.year
				)
				select r.programme_id, r.title, r.language, r.year, count(*) as rounds,
				       coalesce(max(i.invited), 0) as invited, coalesce(max(i.answered), 0) as answered,
				       case when cast(:organisation as bigint) = 0 and max(sc.answers) > 0
				            then max(sc.total)::float8 / max(sc.answers) end as mean
				from rounds r
				left join invited i on i.programme_id = r.programme_id and i.year = r.year
				left join scores sc on sc.programme_id = r.programme_id and sc.year = r.year
				group by r.programme_id, r.title, r.language, r.year
				order by r.title, r.programme_id, r.year""", filter)
			.query((rs, n) -> new EvaluationRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getObject(8, Double.class)))
			.list();
	}

	/**
	 * A programme's evaluations in one year: rounds, people invited, answers, and the
	 * mean score (none when nothing was answered on a scale, or when an organisation is
	 * chosen).
	 */
	public record EvaluationRow(long programmeId, String title, String language, int year, int rounds, int invited,
			int answered, @Nullable Double meanScore) {

		/** Answered of invited in whole percent; none when nobody was invited. */
		public @Nullable Integer responsePercent() {
			return ReportQueries.percent(answered, invited);
		}

	}

}
