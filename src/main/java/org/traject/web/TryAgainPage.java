package org.traject.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * The short page for a request Traject cannot serve right now, in the reader's language,
 * written without the database or a template: for an outage ({@link DatabaseUnavailable})
 * and for a queue that did not move in time ({@link RequestGate}).
 */
final class TryAgainPage {

	static final int RETRY_AFTER_SECONDS = 10;

	private final MessageSource messages;

	private final LocaleResolver locales;

	TryAgainPage(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	/**
	 * Writes the page with {@code status}; a 503 says when to try again.
	 * @param textKey the message under the heading
	 */
	void write(HttpServletRequest request, HttpServletResponse response, int status, String textKey)
			throws IOException {
		Locale locale = SupportedLanguages.closest(locales.resolveLocale(request));
		String title = HtmlUtils.htmlEscape(messages.getMessage("error.500.title", null, locale));
		String text = HtmlUtils.htmlEscape(messages.getMessage(textKey, null, locale));
		response.resetBuffer();
		response.setStatus(status);
		if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
			response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
		}
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
					+ " · Traject</title></head><body><main><h1>" + title + "</h1><p>" + text
					+ "</p></main></body></html>");
	}

}
