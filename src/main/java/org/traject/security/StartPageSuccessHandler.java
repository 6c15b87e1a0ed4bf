package org.traject.security;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.traject.people.CurrentUser;
import org.traject.people.People;

/**
 * After sign-in: back to the page that asked for it, otherwise the start page of the
 * person's role. The portal switches to the person's preferred language unless they chose
 * one on this device.
 */
class StartPageSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LoginThrottle throttle;

	private final LocaleResolver localeResolver;

	private final People people;

	StartPageSuccessHandler(LoginThrottle throttle, LocaleResolver localeResolver, People people) {
		this.throttle = throttle;
		this.localeResolver = localeResolver;
		this.people = people;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			throttle.recordSuccess(user.email(), request.getRemoteAddr());
			people.recordSignIn(user.personId());
			boolean chosenOnDevice = request.getCookies() != null
					&& Arrays.stream(request.getCookies()).anyMatch(c -> "traject-lang".equals(c.getName()));
			if (!chosenOnDevice) {
				localeResolver.setLocale(request, response, user.locale());
			}
			request.getSession().removeAttribute(KeepEmailFailureHandler.LAST_EMAIL);
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		return authentication.getPrincipal() instanceof CurrentUser user ? user.startPage() : "/";
	}

}
