package org.traject.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file the reader downloads (a roster, a board, a plan, a certificate): saved under the
 * given name rather than shown, and kept by no cache on the way, since most hold personal
 * data.
 */
public final class Download {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	public static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=UTF-8");

	private Download() {
	}

	public static ResponseEntity<byte[]> attachment(byte[] body, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(body);
	}

}
