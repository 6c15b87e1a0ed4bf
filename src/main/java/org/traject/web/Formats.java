package org.traject.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times, money and numbers in the reader's language ("14 maart 2027", "14. marts
 * 2027"), for templates as {@code ${@fmt.date(cohort.startDate)}}. Times are shown in the
 * zone of what they belong to (a cohort's zone).
 */
@Component("fmt")
public class Formats {

	/**
	 * Formatters are immutable and thread-safe: built once per locale, not once per value
	 * on a page.
	 */
	private static final Map<Locale, Formatters> FORMATTERS = new ConcurrentHashMap<>();

	/**
	 * English dates read the British way ("14 March 2027"), as in the Dutch and Danish
	 * ones.
	 */
	public static Locale readable(Locale language) {
		return language.equals(SupportedLanguages.ENGLISH) ? Locale.UK : language;
	}

	/**
	 * A long date in a language (for emails, which have no request locale): "14 maart
	 * 2027".
	 */
	public static String longDate(TemporalAccessor date, Locale language) {
		return formatters(readable(language)).date().format(date);
	}

	/** A long date and the time in a language: "14 maart 2027 09:30". */
	public static String longDateTime(ZonedDateTime zoned, Locale language) {
		var formatters = formatters(readable(language));
		return formatters.date().format(zoned) + " " + formatters.time().format(zoned);
	}

	private static Locale locale() {
		return readable(SupportedLanguages.closest(LocaleContextHolder.getLocale()));
	}

	private static Formatters formatters(Locale locale) {
		return FORMATTERS.computeIfAbsent(locale, Formatters::of);
	}

	public String date(@Nullable LocalDate date) {
		return date == null ? "" : formatters(locale()).date().format(date);
	}

	public String shortDate(@Nullable LocalDate date) {
		return date == null ? "" : formatters(locale()).shortDate().format(date);
	}

	public String dateTime(@Nullable Instant instant, String zone) {
		return instant == null ? "" : longDateTime(instant.atZone(ZoneId.of(zone)),
				SupportedLanguages.closest(LocaleContextHolder.getLocale()));
	}

	public String time(@Nullable Instant instant, String zone) {
		return instant == null ? "" : formatters(locale()).time().format(instant.atZone(ZoneId.of(zone)));
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
	 * The machine-readable form for {@code <time datetime>}: UTC to the second
	 * ({@code 2026-12-02T11:59:42Z}). HTML allows at most three digits of a second's
	 * fraction, and a reader needs none.
	 */
	public String datetime(@Nullable Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	private record Formatters(DateTimeFormatter date, DateTimeFormatter shortDate, DateTimeFormatter time) {

		static Formatters of(Locale locale) {
			return new Formatters(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale),
					DateTimeFormatter.ofPattern("d MMM yyyy", locale), DateTimeFormatter.ofPattern("HH:mm", locale));
		}
	}

}
