package org.traject.people.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.traject.web.Flash;
import org.traject.people.CurrentUser;
import org.traject.people.internal.Passkeys;
import org.traject.web.ProviderTimeZone;

/**
 * The signed-in person's own account page: their passkeys. A passkey is added in the
 * browser ({@code js/passkeys.js} with Spring Security's WebAuthn endpoints
 * {@code /webauthn/register/options} and {@code /webauthn/register}); this page lists and
 * removes them.
 */
@Controller
class AccountSecurityController {

	private final Passkeys passkeys;

	private final ProviderTimeZone timeZone;

	AccountSecurityController(Passkeys passkeys, ProviderTimeZone timeZone) {
		this.passkeys = passkeys;
		this.timeZone = timeZone;
	}

	@GetMapping("/my/account")
	String account(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("person", user);
		model.addAttribute("passkeys", passkeys.of(user.email()));
		model.addAttribute("zone", timeZone.zone());
		return "people/account";
	}

	@PostMapping("/my/account/passkeys/{credentialId}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable String credentialId) {
		if (passkeys.remove(user.personId(), user.email(), credentialId)) {
			Flash.success("account.passkeys.removed");
		}
		return "redirect:/my/account";
	}

}
