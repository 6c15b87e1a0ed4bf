package org.traject.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt while its account or address is locked, before the password
 * is even checked.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	LoginThrottleFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && "/login".equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = request.getParameter("email") == null ? "" : request.getParameter("email");
		var lockedUntil = throttle.lockedUntil(email, request.getRemoteAddr());
		if (lockedUntil.isPresent()) {
			KeepEmailFailureHandler.rememberEmail(request, email);
			response.sendRedirect(request.getContextPath() + "/login?error=locked");
			return;
		}
		chain.doFilter(request, response);
	}

}
