package org.traject.web;

import java.beans.PropertyEditor;
import java.beans.PropertyEditorSupport;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for text that comes in: control characters (C0, except tab, line feed and
 * carriage return) are dropped. PostgreSQL refuses a NUL in text, and no person types the
 * others, so they only ever arrive from a tool or an attack.
 */
public final class IncomingText {

	private IncomingText() {
	}

	public static @Nullable String clean(@Nullable String value) {
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			if (isDropped(value.charAt(i))) {
				return dropControls(value);
			}
		}
		return value;
	}

	/**
	 * A comma-separated list as a person types it ("Leadership, finance,leadership"):
	 * each item trimmed, blanks left out, and an item repeated in other capitals kept
	 * once, in the order typed.
	 */
	public static java.util.List<String> commaList(@Nullable String value) {
		var list = new java.util.ArrayList<String>();
		if (value == null) {
			return list;
		}
		for (String item : value.split(",")) {
			String stripped = item.strip();
			if (!stripped.isEmpty() && list.stream().noneMatch(stripped::equalsIgnoreCase)) {
				list.add(stripped);
			}
		}
		return list;
	}

	private static String dropControls(String value) {
		var kept = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!isDropped(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	private static boolean isDropped(char c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
	}

	/**
	 * For a form whose text must keep its spaces (a password): control characters still
	 * go.
	 */
	public static PropertyEditor untrimmed() {
		return new Editor(false);
	}

	/**
	 * Binds text fields and request parameters cleaned and trimmed; an empty value stays
	 * empty (forms decide what blank means). {@code trim} is off for values whose spaces
	 * count, such as a new password.
	 */
	static final class Editor extends PropertyEditorSupport {

		private final boolean trim;

		Editor(boolean trim) {
			this.trim = trim;
		}

		@Override
		public void setAsText(@Nullable String text) {
			String cleaned = clean(text);
			setValue(cleaned != null && trim ? cleaned.strip() : cleaned);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : value.toString();
		}

	}

}
