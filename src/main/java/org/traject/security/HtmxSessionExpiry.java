package org.traject.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * An htmx request that meets an expired session (or no session) must not get the sign-in
 * page swapped into a part of the page. It is answered 401 with {@code HX-Refresh: true}:
 * htmx reloads the whole page, that page load is sent to sign in as usual, and after
 * signing in the person returns to the page (not to the fragment's address).
 */
final class HtmxSessionExpiry implements AuthenticationEntryPoint {

	static final RequestMatcher HTMX_REQUEST = request -> "true".equals(request.getHeader("HX-Request"));

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("HX-Refresh", "true");
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
	}

}
