package org.traject.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * {@code ?lang=nl|da|en} on any GET switches the language and remembers it in a cookie;
 * other values are ignored.
 */
class LanguageSwitch implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String lang = request.getParameter("lang");
		if (lang != null && "GET".equals(request.getMethod()) && SupportedLanguages.isSupported(lang)) {
			var resolver = RequestContextUtils.getLocaleResolver(request);
			if (resolver != null) {
				resolver.setLocale(request, response, Locale.forLanguageTag(lang));
			}
		}
		return true;
	}

}
