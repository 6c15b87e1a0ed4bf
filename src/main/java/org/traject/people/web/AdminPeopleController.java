package org.traject.people.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.people.internal.AccountAdministration;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.web.Flash;
import org.traject.web.ProviderTimeZone;
import org.traject.web.Refusals;
import org.traject.web.SupportedLanguages;

/**
 * The administrator's accounts: the list of people, a person's page with their roles,
 * state and history, inviting staff, and the changes an administrator may make. Every
 * value from the request is read leniently: a role, state or page that means nothing is
 * ignored, never an error page.
 */
@Controller
@RequestMapping("/admin/people")
class AdminPeopleController {

	private final AccountAdministration administration;

	/**
	 * Times on these pages are in the provider's zone: an account belongs to no cohort.
	 */
	private final ProviderTimeZone timeZone;

	AdminPeopleController(AccountAdministration administration, ProviderTimeZone timeZone) {
		this.administration = administration;
		this.timeZone = timeZone;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String role,
			@RequestParam(defaultValue = "") String state, @RequestParam(defaultValue = "1") String page, Model model) {
		var search = new AccountAdministration.Search(q, parse(Role.class, role),
				parse(AccountAdministration.State.class, state), pageNumber(page));
		model.addAttribute("result", administration.search(search));
		model.addAttribute("q", search.text());
		model.addAttribute("role", search.role() == null ? "" : search.role().name());
		model.addAttribute("state", search.state() == null ? "" : search.state().name());
		model.addAttribute("roles", Role.values());
		model.addAttribute("states", AccountAdministration.State.values());
		model.addAttribute("zone", timeZone.zone());
		return "people/admin-list";
	}

	@GetMapping("/invite")
	String inviteForm(Locale locale, Model model) {
		model.addAttribute("invite",
				new InviteForm("", "", SupportedLanguages.closest(locale).getLanguage(), List.of()));
		return invitePage(model);
	}

	@PostMapping("/invite")
	String invite(@AuthenticationPrincipal CurrentUser admin, @Valid @ModelAttribute("invite") InviteForm form,
			BindingResult errors, Model model) {
		Set<Role> roles = staffRoles(form.roles());
		if (roles.isEmpty()) {
			errors.rejectValue("roles", "people.admin.invite.roles.required");
		}
		if (form.language() == null || !SupportedLanguages.isSupported(form.language())) {
			errors.rejectValue("language", "people.admin.invite.language.required");
		}
		if (errors.hasErrors()) {
			return invitePage(model);
		}
		var invitation = new AccountAdministration.Invitation(form.name(), form.email(),
				Locale.forLanguageTag(form.language()), roles);
		var invited = Refusals.attempt(errors, "email", () -> administration.invite(admin, invitation));
		if (invited.isEmpty()) {
			return invitePage(model);
		}
		Flash.success("people.admin.invited");
		return "redirect:/admin/people/" + invited.get();
	}

	private String invitePage(Model model) {
		model.addAttribute("staffRoles", List.of(Role.ADMIN, Role.SECRETARY, Role.COACH));
		model.addAttribute("languages", List.of("nl", "da", "en"));
		return "people/admin-invite";
	}

	private static Set<Role> staffRoles(@Nullable List<String> names) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (names != null) {
			names.stream()
				.map(n -> parse(Role.class, n))
				.filter(r -> r != null && AccountAdministration.STAFF_ROLES.contains(r))
				.forEach(roles::add);
		}
		return roles;
	}

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
		if (name == null) {
			return null;
		}
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		return null;
	}

	private static int pageNumber(String page) {
		try {
			return Math.max(1, Math.min(Integer.parseInt(page), 1_000_000));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	record InviteForm(
			@NotBlank(message = "{people.admin.invite.name.required}") @Size(max = 200,
					message = "{people.admin.invite.name.tooLong}") String name,
			@NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}") @Size(max = 254,
					message = "{account.email.invalid}") String email,
			@Nullable String language, @Nullable List<String> roles) {
	}

}
