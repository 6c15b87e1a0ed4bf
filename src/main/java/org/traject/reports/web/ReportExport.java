package org.traject.reports.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.traject.web.Csv;
import org.traject.web.Spreadsheet;

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
		String name = messages.getMessage("reports." + report.id() + ".title", null, locale);
		var rows = report.rows()
			.stream()
			.map(row -> row.stream().map(cell -> cell.number() != null ? (Object) cell.number() : cell.text()).toList())
			.toList();
		return Spreadsheet.xlsx(name, report.headings(), rows);
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
