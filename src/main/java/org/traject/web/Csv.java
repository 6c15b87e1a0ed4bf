package org.traject.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The CSV files secretaries and administrators download: UTF-8 with a byte-order mark (so
 * Excel reads the accents), every cell quoted, comma-separated in English and
 * semicolon-separated in Dutch and Danish (where the comma is the decimal sign, and Excel
 * expects a semicolon), and no cell that a spreadsheet would run as a formula.
 */
public final class Csv {

	private Csv() {
	}

	/** The rows, the first one usually the headings, as a file's bytes. */
	public static byte[] write(List<? extends List<String>> rows, Locale locale) {
		String separator = "en".equals(locale.getLanguage()) ? "," : ";";
		var text = new StringBuilder("\uFEFF");
		for (var row : rows) {
			text.append(row.stream().map(Csv::quote).collect(Collectors.joining(separator))).append("\r\n");
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Quoted, and never read as a formula by a spreadsheet (a name starting with "="
	 * stays a name).
	 */
	static String quote(String value) {
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		return "\"" + safe.replace("\"", "\"\"") + "\"";
	}

}
