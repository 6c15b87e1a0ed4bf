package org.traject.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The message the next page shows after a redirect (the layout's alerts fragment reads
 * {@code flashSuccess} or {@code flashError} with {@code flashArgs}). It writes to the
 * current request's output flash map, which a {@code redirect:} view saves, so handlers
 * need no {@code RedirectAttributes} parameter to say "saved".
 */
public final class Flash {

	private Flash() {
	}

	public static void success(String messageKey, Object... arguments) {
		put(current(), "flashSuccess", messageKey, arguments);
	}

	public static void error(String messageKey, Object... arguments) {
		put(current(), "flashError", messageKey, arguments);
	}

	/** Any other value the next page needs (an outcome to show, say). */
	public static void attribute(String name, Object value) {
		RequestContextUtils.getOutputFlashMap(current()).put(name, value);
	}

	static void put(HttpServletRequest request, String kind, String messageKey, Object... arguments) {
		var flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put(kind, messageKey);
		flash.put("flashArgs", arguments.length == 0 ? null : arguments);
	}

	private static HttpServletRequest current() {
		if (RequestContextHolder.currentRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest();
		}
		throw new IllegalStateException("A flash message needs a servlet request");
	}

}
