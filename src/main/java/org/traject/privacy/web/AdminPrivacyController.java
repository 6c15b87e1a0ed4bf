package org.traject.privacy.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.traject.web.Flash;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.privacy.internal.ErasureRequests;
import org.traject.privacy.internal.Erasures;
import org.traject.privacy.internal.PrivacyLog;
import org.traject.web.ProviderTimeZone;

/**
 * The administrator's privacy desk: open erasure requests with what a legal hold keeps,
 * confirming or declining them, entering a request that came by email, and the log of
 * every export and erasure.
 */
@Controller
@RequestMapping("/admin/privacy")
class AdminPrivacyController {

	private static final String VIEW = "privacy/admin";

	private static final int LOG_SIZE = 50;

	private final Erasures erasures;

	private final ErasureRequests requests;

	private final PrivacyLog log;

	private final People people;

	private final ProviderTimeZone timeZone;

	AdminPrivacyController(Erasures erasures, ErasureRequests requests, PrivacyLog log, People people,
			ProviderTimeZone timeZone) {
		this.erasures = erasures;
		this.requests = requests;
		this.log = log;
		this.people = people;
		this.timeZone = timeZone;
	}

	@GetMapping
	String page(Model model) {
		if (!model.containsAttribute("byEmail")) {
			model.addAttribute("byEmail", new RequestByEmailForm(""));
		}
		return view(model);
	}

	/** A request that reached the provider by email or letter, entered for the person. */
	@PostMapping("/requests")
	String enterRequest(@AuthenticationPrincipal CurrentUser admin,
			@Valid @ModelAttribute("byEmail") RequestByEmailForm form, BindingResult errors, Model model) {
		var person = errors.hasErrors() ? null : people.findByEmail(form.email()).orElse(null);
		if (person == null && !errors.hasFieldErrors("email")) {
			errors.rejectValue("email", "privacy.admin.byEmail.unknown");
		}
		if (errors.hasErrors() || person == null) {
			return view(model);
		}
		boolean opened = erasures.request(person.id(), admin.personId());
		Flash.success(opened ? "privacy.admin.byEmail.entered" : "privacy.admin.byEmail.alreadyOpen");
		return "redirect:/admin/privacy";
	}

	@PostMapping("/requests/{id}/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
		return decided(erasures.confirm(id, admin.personId()), "privacy.admin.erased");
	}

	@PostMapping("/requests/{id}/decline")
	String decline(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
		return decided(erasures.decline(id, admin.personId()), "privacy.admin.declined");
	}

	private static String decided(boolean done, String key) {
		if (done) {
			Flash.success(key);
		}
		else {
			Flash.error("privacy.admin.notOpen");
		}
		return "redirect:/admin/privacy";
	}

	private String view(Model model) {
		var pending = requests.pending()
			.stream()
			.map(r -> new PendingRow(r, erasures.legalHolds(r.personId())))
			.toList();
		model.addAttribute("pending", pending);
		model.addAttribute("log", log.latest(LOG_SIZE));
		model.addAttribute("zone", timeZone.id());
		return VIEW;
	}

	record PendingRow(ErasureRequests.Pending request, java.util.List<org.traject.privacy.LegalHold> holds) {
	}

	record RequestByEmailForm(@NotBlank(message = "{privacy.admin.byEmail.required}") @Email(
			message = "{privacy.admin.byEmail.invalid}") @Size(max = 254,
					message = "{privacy.admin.byEmail.invalid}") String email) {
	}

}
