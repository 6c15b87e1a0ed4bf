package org.traject.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * htmx asks the same URL as the page; these tell the two apart so a controller can answer
 * with a fragment.
 */
public final class Htmx {

	private Htmx() {
	}

	public static boolean isHtmxRequest(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"))
				&& !"true".equals(request.getHeader("HX-History-Restore-Request"));
	}

	/**
	 * The view to render: the named fragment of the page's template for htmx, the whole
	 * page otherwise.
	 */
	public static String view(HttpServletRequest request, String template, String fragment) {
		return isHtmxRequest(request) ? template + " :: " + fragment : template;
	}

}
