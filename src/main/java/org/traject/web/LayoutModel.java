package org.traject.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the one page layout needs on every page, including error pages rendered outside a
 * controller: the current language and links that switch it in place. Templates call it
 * as {@code ${@layout.languageLinks()}}.
 */
@Component("layout")
public class LayoutModel {

	public Map<String, String> languageLinks() {
		var links = new LinkedHashMap<String, String>();
		var attributes = RequestContextHolder.getRequestAttributes();
		for (Locale language : SupportedLanguages.ALL) {
			String link = "/?lang=" + language.getLanguage();
			// after a POST (a form shown again with errors) the switch goes home: the
			// POST address has no page to GET
			if (attributes instanceof ServletRequestAttributes servlet
					&& "GET".equals(servlet.getRequest().getMethod())) {
				var request = servlet.getRequest();
				link = ServletUriComponentsBuilder.fromRequestUri(request)
					.query(request.getQueryString())
					.replaceQueryParam("lang", language.getLanguage())
					.build()
					.toUriString()
					// relative to the host, so a proxy's host name never leaks into a
					// link
					.replaceFirst("^https?://[^/]+", "");
			}
			links.put(language.getLanguage(), link);
		}
		return links;
	}

	public String currentLanguage() {
		return SupportedLanguages.closest(LocaleContextHolder.getLocale()).getLanguage();
	}

}
