package org.traject.reports.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every report's statement starts from: the cohorts of the chosen programmes,
 * languages and sectors, and the condition that keeps only the people of the chosen
 * organisation. Each report adds its own period condition.
 */
final class Scope {

	/**
	 * The cohorts in scope (all periods), with their programme; each report adds its own
	 * period condition.
	 */
	static final String SCOPE = """
			with scope as (
			    select c.cohort_id, c.programme_id, c.code, c.start_date, c.capacity, c.status, c.time_zone,
			           p.title, p.language
			    from cohort_report c
			    join programme_report p on p.programme_id = c.programme_id
			    where (cardinality(cast(:programmes as bigint[])) = 0 or c.programme_id = any(cast(:programmes as bigint[])))
			      and (:language = '' or p.language = :language)
			      and (:sector = '' or :sector = any(p.sectors))
			)
			""";

	static final String IN_PERIOD = " s.start_date between :from and :to ";

	/** The programmes in scope, for reports that do not go through cohorts. */
	static final String PROGRAMMES = """
			with programmes as (
			    select p.programme_id, p.title, p.language
			    from programme_report p
			    where (cardinality(cast(:programmes as bigint[])) = 0 or p.programme_id = any(cast(:programmes as bigint[])))
			      and (:language = '' or p.language = :language)
			      and (:sector = '' or :sector = any(p.sectors))
			)
			""";

	private Scope() {
	}

	/**
	 * The condition that the person of the row (by the alias's {@code person_id}) belongs
	 * to the chosen organisation; true when none is chosen.
	 */
	static String member(String alias) {
		return " (cast(:organisation as bigint) = 0 or " + alias
				+ ".person_id in (select m.person_id from organisation_member_report m"
				+ " where m.organisation_id = cast(:organisation as bigint))) ";
	}

	static JdbcClient.StatementSpec query(JdbcClient jdbc, String sql, ReportFilter filter) {
		return jdbc.sql(sql)
			.params(Map.of("programmes", filter.programmeArray(), "language", filter.language(), "sector",
					filter.sector(), "from", filter.from(), "to", filter.to(), "organisation", filter.organisation()));
	}

	/** A number of days in whole months (of 30.4375 days), rounded; none for none. */
	static @Nullable Integer monthsOfDays(@Nullable Double days) {
		return days == null ? null : (int) Math.round(days / 30.4375);
	}

	/** A number of days with one decimal, rounded half up; none for none. */
	static @Nullable Double oneDecimal(@Nullable Double days) {
		return days == null ? null : Math.round(days * 10) / 10.0;
	}

}
