package org.traject.organisations.internal;

import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How a name is compared: " Stichting MEERVOUD " and "stichting meervoud" are the same
 * organisation. Lower case, spaces trimmed and collapsed to one, letters in one Unicode
 * form (an "é" typed as e plus accent reads as "é"). {@link #SQL} does the same to a
 * column in PostgreSQL, so the free text people typed can be matched in one statement.
 */
final class NameKey {

	/**
	 * The same rule in SQL, for a column or expression named {@code %s}: one statement
	 * matches every person whose free text reads as a key.
	 */
	static final String SQL = "lower(regexp_replace(regexp_replace(normalize(%s, NFC), '^\\s+|\\s+$', '', 'g'), '\\s+', ' ', 'g'))";

	private NameKey() {
	}

	/** The key of a name, or an empty string for a blank one. */
	static String of(@Nullable String name) {
		if (name == null) {
			return "";
		}
		return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** A LIKE pattern that finds the text anywhere in a key. */
	static String containing(String text) {
		String key = of(text);
		return key.isEmpty() ? "" : "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
