package org.traject.security.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.people.CurrentUser;
import org.traject.security.MfaSettings;

/**
 * The second step of signing in: the passkey, or for staff without one a code by email.
 * The passkey is checked by Spring Security's WebAuthn endpoints (through
 * {@code js/passkeys.js}), the code by its one-time-token login
 * ({@code POST /login/ott}); these pages only offer them. Someone who has not given their
 * password yet is sent to the sign-in page.
 */
@Controller
class SecondFactorController {

	private final MfaSettings mfa;

	SecondFactorController(MfaSettings mfa) {
		this.mfa = mfa;
	}

	@GetMapping("/login/second-factor")
	String choose(@Nullable Authentication authentication, Model model) {
		if (!(signedIn(authentication) instanceof CurrentUser user)) {
			return "redirect:/login";
		}
		model.addAttribute("person", user.displayName());
		model.addAttribute("passkey", user.passkey());
		model.addAttribute("codeAllowed", !user.passkey() && mfa.required() && user.isStaff());
		return "security/second-factor";
	}

	@GetMapping("/login/code")
	String enterCode(@Nullable Authentication authentication, @RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String sent,
			@RequestParam(required = false) @Nullable String error, Model model) {
		if (!(signedIn(authentication) instanceof CurrentUser user)) {
			return "redirect:/login";
		}
		model.addAttribute("person", user.displayName());
		model.addAttribute("code", code == null || !code.matches("\\d{6}") ? "" : code);
		model.addAttribute("sent", sent != null);
		model.addAttribute("error", error != null);
		return "security/code";
	}

	private static @Nullable Object signedIn(@Nullable Authentication authentication) {
		return authentication == null || !authentication.isAuthenticated() ? null : authentication.getPrincipal();
	}

}
