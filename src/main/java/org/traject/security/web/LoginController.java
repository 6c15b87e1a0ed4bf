package org.traject.security.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.traject.security.MfaSettings;

@Controller
class LoginController {

	/**
	 * Session attribute the failure handler fills, so a wrong password never costs the
	 * email typed.
	 */
	static final String LAST_EMAIL = "traject.login.lastEmail";

	/** A single sign-on button: where it leads and the provider's name. */
	record SsoProvider(String path, String name) {
	}

	private final MfaSettings mfa;

	private final List<SsoProvider> providers;

	LoginController(MfaSettings mfa, ObjectProvider<ClientRegistrationRepository> registrations) {
		this.mfa = mfa;
		List<SsoProvider> found = new ArrayList<>();
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object registration : all) {
				if (registration instanceof ClientRegistration r) {
					found.add(new SsoProvider("/oauth2/authorization/" + r.getRegistrationId(), r.getClientName()));
				}
			}
		}
		this.providers = List.copyOf(found);
	}

	@GetMapping("/login")
	String login(@Nullable Authentication authentication, HttpServletRequest request, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken) && !lacksFirstFactor(authentication)) {
			return "redirect:/";
		}
		var session = request.getSession(false);
		Object email = session == null ? null : session.getAttribute(LAST_EMAIL);
		model.addAttribute("email", email == null ? "" : email);
		String error = request.getParameter("error");
		model.addAttribute("failed", "credentials".equals(error));
		model.addAttribute("disabled", "disabled".equals(error));
		model.addAttribute("locked", "locked".equals(error));
		model.addAttribute("ssoFailed", "sso".equals(error));
		model.addAttribute("ssoUnverified", "sso-email".equals(error));
		model.addAttribute("loggedOut", request.getParameter("signedOut") != null);
		model.addAttribute("ssoProviders", providers);
		model.addAttribute("passwordAlone", !mfa.required());
		return "security/login";
	}

	/**
	 * Signed in with a passkey but not yet with a password: the form is shown, not the
	 * start page.
	 */
	static boolean lacksFirstFactor(Authentication authentication) {
		boolean anyFactor = false;
		for (var authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(name)
					|| FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY.equals(name)) {
				return false;
			}
			anyFactor |= name != null && name.startsWith("FACTOR_");
		}
		return anyFactor;
	}

}
