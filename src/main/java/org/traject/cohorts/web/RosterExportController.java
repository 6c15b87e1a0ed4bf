package org.traject.cohorts.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.traject.cohorts.internal.EnrolmentAdministration;

/**
 * The roster and the waitlist of a cohort as a spreadsheet (XLSX) or as CSV, named after
 * the programme, the cohort and the list in the reader's language.
 */
@Controller
class RosterExportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=UTF-8");

	private final EnrolmentAdministration administration;

	private final RosterExport export;

	private final MessageSource messages;

	RosterExportController(EnrolmentAdministration administration, RosterExport export, MessageSource messages) {
		this.administration = administration;
		this.export = export;
		this.messages = messages;
	}

	@GetMapping({ "/secretary/cohorts/{id}/roster.xlsx", "/secretary/cohorts/{id}/waitlist.xlsx" })
	ResponseEntity<byte[]> xlsx(@PathVariable long id, HttpServletRequest request, Locale locale) {
		var download = Download.of(administration.roster(id), request, "xlsx");
		String name = download.name(messages, locale);
		byte[] body = export.xlsx(name, download.rows(), download.roster().cohort().zone(), locale);
		return attachment(body, download.fileName(name), XLSX);
	}

	@GetMapping({ "/secretary/cohorts/{id}/roster.csv", "/secretary/cohorts/{id}/waitlist.csv" })
	ResponseEntity<byte[]> csv(@PathVariable long id, HttpServletRequest request, Locale locale) {
		var download = Download.of(administration.roster(id), request, "csv");
		byte[] body = export.csv(download.rows(), download.roster().cohort().zone(), locale);
		return attachment(body, download.fileName(download.name(messages, locale)), CSV);
	}

	private static ResponseEntity<byte[]> attachment(byte[] body, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

	/**
	 * The download asked for: the seated people or the waitlist, by the URL's file name.
	 */
	private record Download(EnrolmentAdministration.Roster roster, boolean waitlist, String extension) {

		static Download of(EnrolmentAdministration.Roster roster, HttpServletRequest request, String extension) {
			return new Download(roster, request.getRequestURI().endsWith("/waitlist." + extension), extension);
		}

		List<EnrolmentAdministration.RosterLine> rows() {
			return waitlist ? roster.waitlist() : roster.seated();
		}

		String name(MessageSource messages, Locale locale) {
			return messages.getMessage(waitlist ? "enrolment.export.file.waitlist" : "enrolment.export.file.roster",
					null, locale);
		}

		String fileName(String name) {
			return (roster.programme().slug() + "-" + roster.cohort().code() + "-" + name).toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9]+", "-") + "." + extension;
		}

	}

}
