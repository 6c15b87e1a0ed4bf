package org.traject.delivery.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * File answers of the delivery pages: spreadsheets, CSV and PDF, with a file name made
 * safe for every system.
 */
final class Downloads {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=UTF-8");

	private Downloads() {
	}

	static ResponseEntity<byte[]> attachment(byte[] body, String name, String extension, MediaType type) {
		String file = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") + "."
				+ extension;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(body);
	}

	/** A PDF, downloaded under its own name (a certificate under its number). */
	static ResponseEntity<byte[]> pdf(byte[] body, String name) {
		String file = name.replaceAll("[^A-Za-z0-9-]+", "-") + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(body);
	}

}
