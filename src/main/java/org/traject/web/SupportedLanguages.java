package org.traject.web;

import java.util.List;
import java.util.Locale;

/** The three languages Traject speaks. English is the fallback. */
public final class SupportedLanguages {

	public static final Locale DUTCH = Locale.forLanguageTag("nl");

	public static final Locale DANISH = Locale.forLanguageTag("da");

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> ALL = List.of(DUTCH, DANISH, ENGLISH);

	private SupportedLanguages() {
	}

	/** The supported language closest to the given one, English when none matches. */
	public static Locale closest(Locale locale) {
		return ALL.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(ENGLISH);
	}

	public static boolean isSupported(String tag) {
		return ALL.stream().anyMatch(l -> l.getLanguage().equals(tag));
	}

}
