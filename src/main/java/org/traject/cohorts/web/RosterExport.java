package org.traject.cohorts.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.traject.web.Csv;
import org.traject.cohorts.internal.EnrolmentAdministration;

/**
 * A cohort's roster or waitlist as a spreadsheet (XLSX) or CSV, with headings and
 * statuses in the secretary's language and times in the cohort's zone. CSV uses the list
 * separator spreadsheets expect in that language.
 */
@Component
class RosterExport {

	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final List<String> COLUMNS = List.of("name", "email", "organisation", "jobTitle", "status",
			"position", "requestedAt", "statusChangedAt");

	private final MessageSource messages;

	RosterExport(MessageSource messages) {
		this.messages = messages;
	}

	byte[] xlsx(String sheetName, List<EnrolmentAdministration.RosterLine> lines, ZoneId zone, Locale locale) {
		var out = new ByteArrayOutputStream();
		try (var workbook = new Workbook(out, "Traject", "1.0")) {
			var sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
			for (int c = 0; c < COLUMNS.size(); c++) {
				sheet.value(0, c, heading(COLUMNS.get(c), locale));
				sheet.style(0, c).bold().set();
			}
			int row = 1;
			for (var line : lines) {
				sheet.value(row, 0, line.name());
				sheet.value(row, 1, line.email());
				sheet.value(row, 2, nullToEmpty(line.organisation()));
				sheet.value(row, 3, nullToEmpty(line.jobTitle()));
				sheet.value(row, 4, status(line, locale));
				if (line.waitlistPosition() != null) {
					sheet.value(row, 5, line.waitlistPosition());
				}
				sheet.value(row, 6, local(line.requestedAt(), zone));
				sheet.style(row, 6).format("yyyy-mm-dd hh:mm").set();
				sheet.value(row, 7, local(line.statusChangedAt(), zone));
				sheet.style(row, 7).format("yyyy-mm-dd hh:mm").set();
				row++;
			}
			sheet.width(0, 28);
			sheet.width(1, 32);
			sheet.width(2, 28);
			sheet.width(3, 24);
			sheet.width(4, 18);
			sheet.width(6, 18);
			sheet.width(7, 18);
			sheet.freezePane(0, 1);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	byte[] csv(List<EnrolmentAdministration.RosterLine> lines, ZoneId zone, Locale locale) {
		var rows = new java.util.ArrayList<List<String>>();
		rows.add(COLUMNS.stream().map(c -> heading(c, locale)).toList());
		for (var line : lines) {
			rows.add(List.of(line.name(), line.email(), nullToEmpty(line.organisation()), nullToEmpty(line.jobTitle()),
					status(line, locale), line.waitlistPosition() == null ? "" : line.waitlistPosition().toString(),
					CSV_TIME.format(local(line.requestedAt(), zone)),
					CSV_TIME.format(local(line.statusChangedAt(), zone))));
		}
		return Csv.write(rows, locale);
	}

	private String heading(String column, Locale locale) {
		return messages.getMessage("enrolment.export.column." + column, null, locale);
	}

	private String status(EnrolmentAdministration.RosterLine line, Locale locale) {
		return messages.getMessage("enrolment.status.plain." + line.status().name(), null, locale);
	}

	private static LocalDateTime local(Instant instant, ZoneId zone) {
		return LocalDateTime.ofInstant(instant, zone);
	}

	private static String nullToEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

}
