package org.traject.competencies.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough RFC 4180: quoted cells with commas, quotes and line breaks. A header with
 * semicolons and no commas (what a Dutch or Danish spreadsheet saves) switches the
 * separator to a semicolon.
 */
final class Csv {

	record Record(int line, List<String> cells) {
	}

	private Csv() {
	}

	static List<Record> parse(String text) {
		int firstBreak = text.indexOf('\n');
		String header = firstBreak < 0 ? text : text.substring(0, firstBreak);
		char separator = header.contains(";") && !header.contains(",") ? ';' : ',';
		var records = new ArrayList<Record>();
		var cells = new ArrayList<String>();
		var cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int recordLine = 1;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					if (ch == '\n') {
						line++;
					}
					cell.append(ch);
				}
			}
			else if (ch == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (ch == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (ch == '\n' || ch == '\r') {
				if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				records.add(new Record(recordLine, List.copyOf(cells)));
				cells.clear();
				line++;
				recordLine = line;
			}
			else {
				cell.append(ch);
			}
		}
		if (!cell.isEmpty() || !cells.isEmpty()) {
			cells.add(cell.toString());
			records.add(new Record(recordLine, List.copyOf(cells)));
		}
		return records;
	}

	static String row(List<String> cells) {
		var out = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			String c = cells.get(i);
			if (i > 0) {
				out.append(',');
			}
			if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r") || c.contains(";")) {
				out.append('"').append(c.replace("\"", "\"\"")).append('"');
			}
			else {
				out.append(c);
			}
		}
		return out.append("\r\n").toString();
	}

}
