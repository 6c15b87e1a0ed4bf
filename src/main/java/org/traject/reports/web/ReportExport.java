package org.traject.reports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.traject.web.Csv;

/**
 * A report as CSV (with the list separator spreadsheets expect in the reader's language,
 * and never a cell a spreadsheet would read as a formula) or as a spreadsheet with
 * numbers as numbers. The same headings and cells as the page. (The delivery module has
 * its own CSV writer in its web package, which no other module may use.)
 */
@Component
class ReportExport {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=UTF-8");

	private final MessageSource messages;

	ReportExport(MessageSource messages) {
		this.messages = messages;
	}

	byte[] csv(ReportTables.Report report, Locale locale) {
		var rows = new java.util.ArrayList<List<String>>();
		rows.add(report.headings());
		for (var row : report.rows()) {
			rows.add(row.stream().map(ReportTables.Cell::text).toList());
		}
		return Csv.write(rows, locale);
	}

	byte[] xlsx(ReportTables.Report report, Locale locale) {
		var out = new ByteArrayOutputStream();
		try (var workbook = new Workbook(out, "Traject", "1.0")) {
			String name = messages.getMessage("reports." + report.id() + ".title", null, locale);
			Worksheet sheet = workbook.newWorksheet(name.length() > 31 ? name.substring(0, 31) : name);
			for (int c = 0; c < report.headings().size(); c++) {
				sheet.value(0, c, report.headings().get(c));
				sheet.style(0, c).bold().set();
			}
			int r = 1;
			for (var row : report.rows()) {
				for (int c = 0; c < row.size(); c++) {
					var cell = row.get(c);
					if (cell.number() != null) {
						sheet.value(r, c, cell.number());
					}
					else {
						sheet.value(r, c, cell.text());
					}
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

	static ResponseEntity<byte[]> attachment(byte[] body, String name, String extension, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("traject-" + name + "." + extension).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(body);
	}

}
