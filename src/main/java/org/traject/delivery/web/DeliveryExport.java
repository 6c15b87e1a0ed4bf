package org.traject.delivery.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.traject.web.Csv;
import org.traject.delivery.internal.Completions;
import org.traject.delivery.internal.LearningRecords;

/**
 * A cohort's attendance (per session) and completion list as a spreadsheet or CSV, and a
 * learning record as CSV for a register submission: headings, verdicts and reasons in the
 * reader's language; CSV with the list separator spreadsheets expect in that language,
 * and never a cell a spreadsheet would read as a formula.
 */
@Component
class DeliveryExport {

	private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private final MessageSource messages;

	DeliveryExport(MessageSource messages) {
		this.messages = messages;
	}

	byte[] xlsx(String sheetName, Completions.Board board, Locale locale) {
		var out = new ByteArrayOutputStream();
		try (var workbook = new Workbook(out, "Traject", "1.0")) {
			Worksheet sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
			var headings = headings(board, locale);
			for (int c = 0; c < headings.size(); c++) {
				sheet.value(0, c, headings.get(c));
				sheet.style(0, c).bold().set();
			}
			int row = 1;
			for (var line : board.lines()) {
				var check = line.check();
				int c = 0;
				sheet.value(row, c++, line.participant().name());
				sheet.value(row, c++, line.participant().email());
				sheet.value(row, c++, empty(line.participant().organisation()));
				sheet.value(row, c++, check.sessionsAttended());
				sheet.value(row, c++, check.sessionsTotal());
				sheet.value(row, c++, check.daysAttended());
				sheet.value(row, c++, check.daysTotal());
				sheet.value(row, c++, check.attendedPercent());
				for (var session : board.sessions()) {
					sheet.value(row, c++, attendance(line, session.id(), locale));
				}
				for (var module : board.resultModules()) {
					sheet.value(row, c++, result(line, module.id(), locale));
				}
				for (String cell : verdict(line, locale)) {
					sheet.value(row, c++, cell);
				}
				row++;
			}
			sheet.width(0, 28);
			sheet.width(1, 30);
			sheet.width(2, 26);
			sheet.freezePane(1, 1);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	byte[] csv(Completions.Board board, Locale locale) {
		var rows = new ArrayList<List<String>>();
		rows.add(headings(board, locale));
		for (var line : board.lines()) {
			var check = line.check();
			var cells = new ArrayList<>(List.of(line.participant().name(), line.participant().email(),
					empty(line.participant().organisation()), Integer.toString(check.sessionsAttended()),
					Integer.toString(check.sessionsTotal()), CertificatePdf.number(check.daysAttended(), locale),
					CertificatePdf.number(check.daysTotal(), locale), Integer.toString(check.attendedPercent())));
			for (var session : board.sessions()) {
				cells.add(attendance(line, session.id(), locale));
			}
			for (var module : board.resultModules()) {
				cells.add(result(line, module.id(), locale));
			}
			cells.addAll(verdict(line, locale));
			rows.add(cells);
		}
		return Csv.write(rows, locale);
	}

	/** The learning record as one line per completed programme. */
	byte[] recordCsv(LearningRecords.LearningRecord record, Locale locale) {
		var rows = new ArrayList<List<String>>();
		rows.add(List.of(text("delivery.record.col.name", locale), text("delivery.record.col.programme", locale),
				text("delivery.record.col.cohort", locale), text("delivery.record.col.completedOn", locale),
				text("delivery.record.col.days", locale), text("delivery.record.col.register", locale),
				text("delivery.record.col.points", locale), text("delivery.record.col.validUntil", locale),
				text("delivery.record.col.certificate", locale), text("delivery.record.col.check", locale)));
		for (var a : record.awards()) {
			rows.add(List.of(a.participantName(), a.programmeTitle(), a.cohortCode(), a.completedOn().toString(),
					CertificatePdf.number(a.days(), locale),
					a.register() == null ? "" : text("delivery.register." + a.register().name(), locale),
					a.points() == null ? "" : CertificatePdf.number(a.points(), locale),
					a.registrationValidUntil() == null ? "" : a.registrationValidUntil().toString(),
					a.certificateNumber(), CertificateLinks.checkUrl(a.certificateNumber())));
		}
		return Csv.write(rows, locale);
	}

	private List<String> headings(Completions.Board board, Locale locale) {
		var headings = new ArrayList<String>();
		for (String column : List.of("name", "email", "organisation", "sessionsAttended", "sessionsTotal",
				"daysAttended", "daysTotal", "percent")) {
			headings.add(text("delivery.export.column." + column, locale));
		}
		var zone = board.cohort().zone();
		board.sessions().forEach(s -> headings.add(CSV_DATE.format(s.startsAt().atZone(zone)) + " " + s.title()));
		board.resultModules().forEach(m -> headings.add(m.title()));
		for (String column : List.of("ruleMet", "missing", "decision", "completedOn", "certificate")) {
			headings.add(text("delivery.export.column." + column, locale));
		}
		return headings;
	}

	private String attendance(Completions.BoardLine line, long sessionId, Locale locale) {
		var status = line.attendance().get(sessionId);
		return text("delivery.attendance.status." + (status == null ? "NONE" : status.name()), locale);
	}

	private String result(Completions.BoardLine line, long moduleId, Locale locale) {
		var outcome = line.results().get(moduleId);
		return outcome == null ? "" : text("delivery.result." + outcome.name(), locale);
	}

	private List<String> verdict(Completions.BoardLine line, Locale locale) {
		var decision = line.decision();
		return List.of(text(line.check().met() ? "delivery.export.yes" : "delivery.export.no", locale),
				line.check()
					.shortfalls()
					.stream()
					.map(s -> messages.getMessage(s.messageKey(), s.args(), locale))
					.collect(Collectors.joining("; ")),
				decision == null ? text("delivery.completion.undecided", locale)
						: text("delivery.completion.outcome." + decision.outcome().name(), locale),
				decision == null || decision.completedOn() == null ? "" : decision.completedOn().toString(),
				decision == null || decision.award() == null ? "" : decision.award().certificateNumber());
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String empty(@Nullable String value) {
		return value == null ? "" : value;
	}

}
