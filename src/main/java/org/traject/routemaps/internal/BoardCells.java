package org.traject.routemaps.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.springframework.context.MessageSource;
import org.traject.web.Formats;

/**
 * The board's cells and summary in words, shared by the PDF and the spreadsheet: "Done 14
 * March 2027", "Planned 2 April 2027", "Open".
 */
public final class BoardCells {

	static final List<String> SUMMARY_COLUMNS = List.of("routemaps.summary.step", "routemaps.summary.atStep",
			"routemaps.summary.done", "routemaps.summary.planned", "routemaps.summary.open");

	private BoardCells() {
	}

	static String cellText(Partnerships.Cell cell, MessageSource messages, Locale locale) {
		String state = messages.getMessage("routemaps.state." + cell.state().name(), null, locale);
		return cell.date() == null ? state : state + " " + Formats.longDate(cell.date(), locale);
	}

	static String sectorAndMembership(Partnerships.BoardRow row, MessageSource messages, Locale locale) {
		return messages.getMessage("routemaps.sector." + row.sector().name(), null, locale) + " · "
				+ messages.getMessage("routemaps.membership." + row.membership().name(), null, locale);
	}

	/** The board and its summary as a workbook of two sheets. */
	public static byte[] xlsx(Partnerships.Board board, MessageSource messages, Locale locale) {
		var out = new ByteArrayOutputStream();
		try (var workbook = new Workbook(out, "Traject", "1.0")) {
			var sheet = workbook.newWorksheet(sheetName(messages.getMessage("routemaps.board.title", null, locale)));
			int c = 0;
			sheet.value(0, c++, messages.getMessage("routemaps.board.member", null, locale));
			sheet.value(0, c++, messages.getMessage("routemaps.member.sector", null, locale));
			sheet.value(0, c++, messages.getMessage("routemaps.member.membership", null, locale));
			for (var step : board.steps()) {
				sheet.value(0, c++, messages.getMessage("routemaps.step.numbered",
						new Object[] { step.position(), step.title().text(locale) }, locale));
			}
			sheet.range(0, 0, 0, c - 1).style().bold().set();
			int r = 1;
			for (var row : board.rows()) {
				c = 0;
				sheet.value(r, c++, row.name());
				sheet.value(r, c++, messages.getMessage("routemaps.sector." + row.sector().name(), null, locale));
				sheet.value(r, c++,
						messages.getMessage("routemaps.membership." + row.membership().name(), null, locale));
				for (var cell : row.cells()) {
					sheet.value(r, c++, cellText(cell, messages, locale));
				}
				r++;
			}
			sheet.width(0, 36);
			var summary = workbook
				.newWorksheet(sheetName(messages.getMessage("routemaps.summary.title", null, locale)));
			for (int i = 0; i < SUMMARY_COLUMNS.size(); i++) {
				summary.value(0, i, messages.getMessage(SUMMARY_COLUMNS.get(i), null, locale));
				summary.style(0, i).bold().set();
			}
			r = 1;
			for (var line : board.summary()) {
				summary.value(r, 0, messages.getMessage("routemaps.step.numbered",
						new Object[] { line.step().position(), line.step().title().text(locale) }, locale));
				summary.value(r, 1, line.atStep());
				summary.value(r, 2, line.done());
				summary.value(r, 3, line.planned());
				summary.value(r, 4, line.open());
				r++;
			}
			summary.width(0, 36);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private static String sheetName(String name) {
		String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
		return clean.length() > 31 ? clean.substring(0, 31) : clean;
	}

}
