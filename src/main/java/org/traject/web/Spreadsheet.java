package org.traject.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * A table as a one-sheet spreadsheet (XLSX): bold headings, the first row and column
 * frozen, numbers as numbers (so they can be summed) and everything else as text, which a
 * spreadsheet never runs as a formula. The reports and the evaluation results export
 * through it, beside {@link Csv}.
 */
public final class Spreadsheet {

	private Spreadsheet() {
	}

	/**
	 * The sheet's bytes; a cell is a {@link Number} or its text ({@code null}: empty).
	 * Sheet names longer than a spreadsheet allows (31) are cut.
	 */
	public static byte[] xlsx(String sheetName, List<String> headings, List<? extends List<?>> rows) {
		var out = new ByteArrayOutputStream();
		try (var workbook = new Workbook(out, "Traject", "1.0")) {
			String name = sheetName.replaceAll("[\\\\/?*\\[\\]:]", " ");
			Worksheet sheet = workbook.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
			for (int c = 0; c < headings.size(); c++) {
				sheet.value(0, c, headings.get(c));
				sheet.style(0, c).bold().set();
			}
			int r = 1;
			for (var row : rows) {
				for (int c = 0; c < row.size(); c++) {
					write(sheet, r, c, row.get(c));
				}
				r++;
			}
			sheet.width(0, 36);
			sheet.freezePane(1, 1);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private static void write(Worksheet sheet, int r, int c, @Nullable Object cell) {
		if (cell instanceof Number number) {
			sheet.value(r, c, number);
		}
		else if (cell != null) {
			sheet.value(r, c, cell.toString());
		}
	}

}
