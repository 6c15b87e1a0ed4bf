package org.traject.routemaps;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One text of a route map in Dutch (always there) with optional Danish and English
 * translations. A reader sees their own language where it was written, else the Dutch.
 */
public record Texts(String nl, @Nullable String da, @Nullable String en) {

	public static Texts of(String nl, @Nullable String da, @Nullable String en) {
		return new Texts(nl, blankToNull(da), blankToNull(en));
	}

	/** The text in the reader's language, or the Dutch. */
	public String text(Locale locale) {
		String translated = switch (locale.getLanguage()) {
			case "da" -> da;
			case "en" -> en;
			default -> null;
		};
		return translated != null ? translated : nl;
	}

	/** The language of {@link #text(Locale)}, for the {@code lang} attribute. */
	public String lang(Locale locale) {
		return switch (locale.getLanguage()) {
			case "da" -> da != null ? "da" : "nl";
			case "en" -> en != null ? "en" : "nl";
			default -> "nl";
		};
	}

	/** Lines of the text in the reader's language (questions, points of attention). */
	public java.util.List<String> lines(Locale locale) {
		return text(locale).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A text that may be absent altogether (an introduction, points of attention). */
	public static @Nullable Texts optional(@Nullable String nl, @Nullable String da, @Nullable String en) {
		String dutch = blankToNull(nl);
		return dutch == null ? null : of(dutch, da, en);
	}

}
