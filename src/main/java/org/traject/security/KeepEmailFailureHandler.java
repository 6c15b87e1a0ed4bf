package org.traject.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A failed sign-in returns to the form with the email still filled in, and counts towards
 * the throttle.
 */
class KeepEmailFailureHandler implements AuthenticationFailureHandler {

	static final String LAST_EMAIL = "traject.login.lastEmail";

	private final LoginThrottle throttle;

	KeepEmailFailureHandler(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	static void rememberEmail(HttpServletRequest request, String email) {
		request.getSession().setAttribute(LAST_EMAIL, email);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String email = request.getParameter("email") == null ? "" : request.getParameter("email");
		rememberEmail(request, email);
		throttle.recordFailure(email, request.getRemoteAddr());
		String reason = exception instanceof DisabledException ? "disabled" : "credentials";
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
	}

}
