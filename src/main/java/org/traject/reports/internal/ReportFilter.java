package org.traject.reports.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a report covers: cohorts starting in the period (sign-ups: made in it;
 * certificates: issued on a completion in it), of the given programmes (none: all), in
 * one language and one sector (empty: all), counting only the people who belong to one
 * organisation (0: everyone); sign-ups per week or per month.
 */
public record ReportFilter(LocalDate from, LocalDate to, List<Long> programmes, String language, String sector,
		long organisation, boolean weekly) {

	public ReportFilter {
		programmes = List.copyOf(programmes);
	}

	public ReportFilter(LocalDate from, LocalDate to, List<Long> programmes, String language, String sector) {
		this(from, to, programmes, language, sector, 0, false);
	}

	public ReportFilter(LocalDate from, LocalDate to, List<Long> programmes, String language, String sector,
			long organisation) {
		this(from, to, programmes, language, sector, organisation, false);
	}

	/**
	 * The programmes as a PostgreSQL array literal, so that "all" and "these" are one
	 * statement.
	 */
	String programmeArray() {
		return programmes.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}
}
