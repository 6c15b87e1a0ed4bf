package org.traject.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the one page layout needs on every page: the current language and links that switch it in place. */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		var links = new LinkedHashMap<String, String>();
		for (Locale language : SupportedLanguages.ALL) {
			String link = ServletUriComponentsBuilder.fromRequestUri(request)
				.query(request.getQueryString())
				.replaceQueryParam("lang", language.getLanguage())
				.replaceQueryParam("fragment")
				.build()
				.toUriString();
			// relative to the host, so a proxy's host name never leaks into a link
			links.put(language.getLanguage(), link.replaceFirst("^https?://[^/]+", ""));
		}
		return links;
	}

	@ModelAttribute("currentLanguage")
	String currentLanguage(Locale locale) {
		return SupportedLanguages.closest(locale).getLanguage();
	}
}
