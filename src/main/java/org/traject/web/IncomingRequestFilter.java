package org.traject.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every request passes before anything reads it:
 * <ul>
 * <li>parameter values (query string, form fields, multipart fields) are read with
 * control characters dropped ({@link IncomingText}), so code that reads a parameter
 * itself (a search's {@code q}, the sign-in form) never hands PostgreSQL a NUL;</li>
 * <li>a query string longer than any page writes is answered with 414 and Traject's error
 * page (Tomcat's header limit is set above this one, so the request reaches Spring's
 * error handling instead of Tomcat's own page);</li>
 * <li>request headers larger than {@link #MAX_HEADER_BYTES} together (a browser with too
 * many or too large cookies) are answered with 431 and Traject's error page; Tomcat's own
 * limit ({@code server.max-http-request-header-size}, 32 KB with the request line) is
 * above it, so only headers past that get Tomcat's bare 400;</li>
 * <li>an upload larger than {@code spring.servlet.multipart.max-request-size} is answered
 * with 413 and Traject's error page before its body is read (Tomcat, left to find out
 * itself while parsing, answers with its own page; it still does for an upload that does
 * not say its length);</li>
 * <li>{@code /error} asked for directly is a page that does not exist (404), not a
 * failure.</li>
 * </ul>
 * Error dispatches do not pass here again (they are rendered from what the first pass let
 * through).
 */
public class IncomingRequestFilter extends OncePerRequestFilter {

	/**
	 * Longest query string served; the longest a Traject page links to is a few hundred
	 * characters.
	 */
	public static final int MAX_QUERY_LENGTH = 4096;

	/**
	 * Most header bytes (names and values) served; a browser sends a few kilobytes,
	 * cookies included.
	 */
	public static final int MAX_HEADER_BYTES = 16 * 1024;

	private final long maxUploadBytes;

	public IncomingRequestFilter(long maxUploadBytes) {
		this.maxUploadBytes = maxUploadBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query != null && query.length() > MAX_QUERY_LENGTH) {
			response.sendError(HttpStatus.URI_TOO_LONG.value());
			return;
		}
		if (headerBytes(request) > MAX_HEADER_BYTES) {
			response.sendError(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value());
			return;
		}
		String type = request.getContentType();
		if (maxUploadBytes >= 0 && type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				&& request.getContentLengthLong() > maxUploadBytes) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/error") || path.startsWith("/error/")) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return;
		}
		chain.doFilter(new CleanParameters(request), response);
	}

	private static long headerBytes(HttpServletRequest request) {
		long bytes = 0;
		for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements();) {
			String name = names.nextElement();
			for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements();) {
				bytes += name.length() + values.nextElement().length() + 4;
			}
		}
		return bytes;
	}

	private static final class CleanParameters extends HttpServletRequestWrapper {

		private @Nullable Map<String, String[]> cleaned;

		CleanParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		/**
		 * Read from the request on first use, not before: the body must not be parsed
		 * before the encoding is set.
		 */
		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> map = cleaned;
			if (map == null) {
				map = new LinkedHashMap<>();
				for (var entry : super.getParameterMap().entrySet()) {
					String[] values = entry.getValue().clone();
					for (int i = 0; i < values.length; i++) {
						values[i] = IncomingText.clean(values[i]);
					}
					map.put(IncomingText.clean(entry.getKey()), values);
				}
				map = Collections.unmodifiableMap(map);
				cleaned = map;
			}
			return map;
		}

	}

}
