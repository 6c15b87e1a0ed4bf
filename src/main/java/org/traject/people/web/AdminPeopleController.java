package org.traject.people.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.traject.people.internal.AccountAdministration;
import org.traject.people.internal.AccountRefusedException;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.web.ProviderTimeZone;
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
			BindingResult errors, Model model, RedirectAttributes redirect) {
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
		long id;
		try {
			id = administration.invite(admin, new AccountAdministration.Invitation(form.name(), form.email(),
					Locale.forLanguageTag(form.language()), roles));
		}
		catch (AccountRefusedException ex) {
			errors.rejectValue("email", ex.messageKey());
			return invitePage(model);
		}
		return done(redirect, id, "people.admin.invited");
	}

	@GetMapping("/{id}")
	String person(@PathVariable long id, Model model) {
		var person = administration.find(id).orElseThrow(() -> new NoSuchElementException("No person " + id));
		model.addAttribute("person", person);
		model.addAttribute("history", administration.history(id));
		model.addAttribute("passkeys", administration.passkeyCount(id));
		model.addAttribute("roles", Role.values());
		model.addAttribute("zone", timeZone.zone());
		return "people/admin-person";
	}

	@PostMapping("/{id}/roles")
	String changeRoles(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestParam(name = "roles", required = false) @Nullable List<String> roles, RedirectAttributes redirect) {
		Set<Role> chosen = EnumSet.noneOf(Role.class);
		if (roles != null) {
			roles.stream().map(r -> parse(Role.class, r)).filter(r -> r != null).forEach(chosen::add);
		}
		if (chosen.isEmpty()) {
			redirect.addFlashAttribute("flashError", "people.admin.roles.required");
			return "redirect:/admin/people/" + id;
		}
		administration.changeRoles(admin, id, chosen);
		return done(redirect, id, "people.admin.rolesChanged");
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		administration.deactivate(admin, id);
		return done(redirect, id, "people.admin.deactivated");
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		administration.reactivate(admin, id);
		return done(redirect, id, "people.admin.reactivated");
	}

	@PostMapping("/{id}/invitation/resend")
	String resend(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		administration.resendInvitation(admin, id);
		return done(redirect, id, "people.admin.invitationResent");
	}

	@PostMapping("/{id}/invitation/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id, RedirectAttributes redirect) {
		administration.revokeInvitation(admin, id);
		return done(redirect, id, "people.admin.invitationRevoked");
	}

	/** Lost-factor recovery: the person's passkeys go, their next sign-in asks anew. */
	@PostMapping("/{id}/second-factors/reset")
	String resetSecondFactors(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			RedirectAttributes redirect) {
		administration.resetSecondFactors(admin, id);
		return done(redirect, id, "people.admin.factorsReset");
	}

	/** Back to the person's page, with what was done. */
	private static String done(RedirectAttributes redirect, long id, String messageKey) {
		redirect.addFlashAttribute("flashSuccess", messageKey);
		return "redirect:/admin/people/" + id;
	}

	/** A refused change goes back to the person's page with the reason. */
	@ExceptionHandler(AccountRefusedException.class)
	String refused(AccountRefusedException ex, RedirectAttributes redirect,
			jakarta.servlet.http.HttpServletRequest request) {
		redirect.addFlashAttribute("flashError", ex.messageKey());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		var matcher = java.util.regex.Pattern.compile("^/admin/people/(\\d+)/").matcher(path);
		return matcher.find() ? "redirect:/admin/people/" + matcher.group(1) : "redirect:/admin/people";
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

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String name) {
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
