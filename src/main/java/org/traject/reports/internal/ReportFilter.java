package org.traject.reports.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a report covers: cohorts starting in the period (sign-ups: made in it), of the
 * given programmes (none: all), in one language and one sector (empty: all).
 */
public record ReportFilter(LocalDate from, LocalDate to, List<Long> programmes, String language, String sector) {

	public ReportFilter {
		programmes = List.copyOf(programmes);
	}

	/**
	 * The programmes as a PostgreSQL array literal, so that "all" and "these" are one
	 * statement.
	 */
	String programmeArray() {
		return programmes.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}
}
