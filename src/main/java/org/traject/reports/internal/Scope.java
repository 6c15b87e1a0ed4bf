package org.traject.reports.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
	 * period condition. Never materialized: a statement that names it twice gets the
	 * cohorts and programmes joined in each place, with their estimates, instead of a
	 * stored result that PostgreSQL guesses at (25 rows for 2,000 on the benchmark's
	 * data, and a nested loop over every enrolment to match).
	 */
	static final String SCOPE = """
			with scope as not materialized (
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

	/**
	 * The statement with the filter written into it as constants ({@link #inline}); other
	 * parameters (a limit, a unit) are bound as usual.
	 */
	static JdbcClient.StatementSpec query(JdbcClient jdbc, String sql, ReportFilter filter) {
		return jdbc.sql(inline(sql, filter));
	}

	private static final Pattern FILTER_PARAMETER = Pattern
		.compile("(?<!:):(programmes|language|sector|from|to|organisation)\\b");

	/**
	 * Writes the filter's values into the statement as constants instead of binding them.
	 * Bound, they make the driver prepare the statement on the server after five runs,
	 * and PostgreSQL then may keep one generic plan for every filter: one that cannot
	 * leave out the "all programmes" and "everyone" conditions, and that on the
	 * benchmark's data took 3.0 s for the waitlist report where the plan for the values
	 * took 0.37 s. Every value is of a checked form (dates, numbers, a language and a
	 * sector of letters), so nothing typed reaches the statement as SQL.
	 */
	static String inline(String sql, ReportFilter filter) {
		if (!filter.language().matches("[a-z]{0,3}") || !filter.sector().matches("[A-Z_]{0,40}")) {
			throw new IllegalArgumentException("not a language or a sector: " + filter);
		}
		Matcher m = FILTER_PARAMETER.matcher(sql);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = switch (m.group(1)) {
				case "programmes" -> "'" + filter.programmeArray() + "'";
				case "language" -> "'" + filter.language() + "'";
				case "sector" -> "'" + filter.sector() + "'";
				case "from" -> "date '" + filter.from() + "'";
				case "to" -> "date '" + filter.to() + "'";
				default -> Long.toString(filter.organisation());
			};
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		m.appendTail(out);
		return out.toString();
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
