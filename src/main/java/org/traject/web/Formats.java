package org.traject.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times, money and numbers in the reader's language ("14 maart 2027", "14. marts 2027"), for templates as
 * {@code ${@fmt.date(cohort.startDate)}}. Times are shown in the zone of what they belong to (a cohort's zone).
 */
@Component("fmt")
public class Formats {

	/** English dates read the British way ("14 March 2027"), as in the Dutch and Danish ones. */
	private static Locale locale() {
		Locale language = SupportedLanguages.closest(LocaleContextHolder.getLocale());
		return language.equals(SupportedLanguages.ENGLISH) ? Locale.UK : language;
	}

	public String date(@Nullable LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
	}

	public String shortDate(@Nullable LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", locale()).format(date);
	}

	public String dateTime(@Nullable Instant instant, String zone) {
		if (instant == null) {
			return "";
		}
		var zoned = instant.atZone(ZoneId.of(zone));
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(zoned) + " "
				+ DateTimeFormatter.ofPattern("HH:mm", locale()).format(zoned);
	}

	public String time(@Nullable Instant instant, String zone) {
		return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm", locale()).format(instant.atZone(ZoneId.of(zone)));
	}

	public String money(int cents, String currency) {
		var format = NumberFormat.getCurrencyInstance(locale());
		format.setCurrency(Currency.getInstance(currency));
		return format.format(BigDecimal.valueOf(cents, 2));
	}

	/** 21 or 2,5: days without needless decimals, with the reader's decimal separator. */
	public String number(@Nullable BigDecimal value) {
		if (value == null) {
			return "";
		}
		var format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

	/**
	 * The machine-readable form for {@code <time datetime>}: UTC to the second ({@code 2026-12-02T11:59:42Z}). HTML
	 * allows at most three digits of a second's fraction, and a reader needs none.
	 */
	public String datetime(@Nullable Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}
}
