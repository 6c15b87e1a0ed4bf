package org.traject.people.web;

import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.internal.AccountAdministration;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;
import org.traject.web.ProviderTimeZone;

/**
 * One person's account for an administrator: roles, deactivating and reactivating, the
 * invitation, second factors, and every change to the account as its history. A refused
 * change (the last administrator, oneself) comes back to this page with the reason.
 */
@Controller
@RequestMapping("/admin/people/{id}")
@OnRefusal("/admin/people/{id}")
class AdminPersonController {

	private final AccountAdministration administration;

	private final ProviderTimeZone timeZone;

	AdminPersonController(AccountAdministration administration, ProviderTimeZone timeZone) {
		this.administration = administration;
		this.timeZone = timeZone;
	}

	@GetMapping
	String person(@PathVariable long id, Model model) {
		var person = administration.find(id).orElseThrow(() -> new NoSuchElementException("No person " + id));
		model.addAttribute("person", person);
		model.addAttribute("history", administration.history(id));
		model.addAttribute("passkeys", administration.passkeyCount(id));
		model.addAttribute("roles", Role.values());
		model.addAttribute("zone", timeZone.zone());
		return "people/admin-person";
	}

	@PostMapping("/roles")
	String changeRoles(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestParam(name = "roles", required = false) @Nullable List<String> roles) {
		Set<Role> chosen = EnumSet.noneOf(Role.class);
		if (roles != null) {
			roles.stream()
				.map(r -> AdminPeopleController.parse(Role.class, r))
				.filter(r -> r != null)
				.forEach(chosen::add);
		}
		if (chosen.isEmpty()) {
			Flash.error("people.admin.roles.required");
			return "redirect:/admin/people/" + id;
		}
		administration.changeRoles(admin, id, chosen);
		return done(id, "people.admin.rolesChanged");
	}

	@PostMapping("/deactivate")
	String deactivate(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
		administration.deactivate(admin, id);
		return done(id, "people.admin.deactivated");
	}

	@PostMapping("/reactivate")
	String reactivate(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
		administration.reactivate(admin, id);
		return done(id, "people.admin.reactivated");
	}

	@PostMapping("/invitation/resend")
	String resend(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
		administration.resendInvitation(admin, id);
		return done(id, "people.admin.invitationResent");
	}

	@PostMapping("/invitation/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
		administration.revokeInvitation(admin, id);
		return done(id, "people.admin.invitationRevoked");
	}

	/** Lost-factor recovery: the person's passkeys go, their next sign-in asks anew. */
	@PostMapping("/second-factors/reset")
	String resetSecondFactors(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
		administration.resetSecondFactors(admin, id);
		return done(id, "people.admin.factorsReset");
	}

	/** Back to the person's page, with what was done. */
	private static String done(long id, String messageKey) {
		Flash.success(messageKey);
		return "redirect:/admin/people/" + id;
	}

}
