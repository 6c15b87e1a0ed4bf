package org.traject.reports.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.reports.internal.ReportFilter;

/**
 * The reports' filter as it comes from the URL (so a report can be shared as a link).
 * Every field may be left out; what is missing or wrong falls back to its default: the
 * last two calendar years, all programmes, all languages, all sectors, everyone's
 * organisation. {@code find} is not part of the filter: it is the text typed to find a
 * programme to choose (without JavaScript the form is sent with it, and the page lists
 * the programmes found).
 */
record ReportFilterForm(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable List<Long> programme,
		@Pattern(regexp = "(nl|da|en)?", message = "{reports.filter.language.invalid}") @Nullable String language,
		@Pattern(regexp = "[A-Z_]*", message = "{reports.filter.sector.invalid}") @Nullable String sector,
		@Positive(message = "{reports.filter.organisation.invalid}") @Nullable Long organisation,
		@Pattern(regexp = "(week|month)?", message = "{reports.filter.per.invalid}") @Nullable String per,
		@Size(max = 100, message = "{reports.filter.find.invalid}") @Nullable String find) {

	static LocalDate defaultFrom(LocalDate today) {
		return today.withDayOfYear(1).minusYears(1);
	}

	static LocalDate defaultTo(LocalDate today) {
		return today.withDayOfYear(1).plusYears(1).minusDays(1);
	}

	/**
	 * The filter to run, with the defaults where the form is empty or (per field)
	 * invalid. Checked here as well as by validation, since a field that cannot be
	 * converted stops the validation of the others.
	 */
	ReportFilter toFilter(LocalDate today) {
		LocalDate start = from == null ? defaultFrom(today) : from;
		LocalDate end = to == null ? defaultTo(today) : to;
		if (end.isBefore(start)) {
			end = start;
		}
		return new ReportFilter(start, end, programme == null ? List.of() : programme,
				language != null && language.matches("nl|da|en") ? language : "",
				sector != null && sector.matches("[A-Z_]+") ? sector : "",
				organisation != null && organisation > 0 ? organisation : 0, "week".equals(per));
	}

	/** The text to find programmes by, trimmed; empty when none or too long. */
	String findText() {
		return find == null || find.strip().length() > 100 ? "" : find.strip();
	}
}
