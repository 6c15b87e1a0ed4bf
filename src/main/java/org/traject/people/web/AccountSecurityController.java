package org.traject.people.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.traject.web.Flash;
import org.traject.people.AccountPageSection;
import org.traject.people.CurrentUser;
import org.traject.people.internal.Passkeys;
import org.traject.web.ProviderTimeZone;

/**
 * The signed-in person's own account page: their passkeys. A passkey is added in the
 * browser ({@code js/passkeys.js} with Spring Security's WebAuthn endpoints
 * {@code /webauthn/register/options} and {@code /webauthn/register}); this page lists and
 * removes them. Below them, the sections other modules contribute
 * ({@link AccountPageSection}).
 */
@Controller
class AccountSecurityController {

	private final Passkeys passkeys;

	private final ProviderTimeZone timeZone;

	private final List<AccountPageSection> sections;

	AccountSecurityController(Passkeys passkeys, ProviderTimeZone timeZone, List<AccountPageSection> sections) {
		this.passkeys = passkeys;
		this.timeZone = timeZone;
		this.sections = sections.stream().sorted(Comparator.comparingInt(AccountPageSection::order)).toList();
	}

	@GetMapping("/my/account")
	String account(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("person", user);
		model.addAttribute("passkeys", passkeys.of(user.email()));
		model.addAttribute("zone", timeZone.zone());
		model.addAttribute("sections",
				sections.stream().map(s -> new ShownSection(s.fragment(), s.model(user))).toList());
		return "people/account";
	}

	@PostMapping("/my/account/passkeys/{credentialId}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable String credentialId) {
		if (passkeys.remove(user.personId(), user.email(), credentialId)) {
			Flash.success("account.passkeys.removed");
		}
		return "redirect:/my/account";
	}

	record ShownSection(String fragment, Map<String, Object> model) {
	}

}
