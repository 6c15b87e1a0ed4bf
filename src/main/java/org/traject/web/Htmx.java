package org.traject.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * htmx asks the same URL as the page; these tell the two apart so a controller can answer
 * with a fragment.
 */
public final class Htmx {

	private Htmx() {
	}

	/** Whether the request being handled on this thread comes from htmx. */
	public static boolean isHtmxRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& isHtmxRequest(attributes.getRequest());
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
