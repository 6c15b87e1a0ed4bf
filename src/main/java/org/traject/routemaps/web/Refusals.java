package org.traject.routemaps.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.traject.routemaps.internal.RouteMapRuleException;

/**
 * Shows a refused change where the reader looks for it (beside its field, or at the top
 * of the form, or as a flash message after a redirect), and hands out downloads.
 */
final class Refusals {

	private Refusals() {
	}

	static void reject(BindingResult errors, RouteMapRuleException ex) {
		String field = ex.field();
		if (field != null) {
			errors.rejectValue(field, ex.messageKey(), ex.arguments(), ex.messageKey());
		}
		else {
			errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
		}
	}

	static void flash(RedirectAttributes redirect, RouteMapRuleException ex) {
		redirect.addFlashAttribute("flashError", ex.messageKey());
		redirect.addFlashAttribute("flashArgs", ex.arguments());
	}

	static void success(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flashSuccess", key);
		redirect.addFlashAttribute("flashArgs", args);
	}

	static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(body);
	}

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

}
