package org.traject.cohorts.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.traject.web.Flash;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ProgrammeStatus;
import org.traject.cohorts.internal.InterestLists;
import org.traject.people.CurrentUser;
import org.traject.web.SupportedLanguages;
import org.traject.web.Honeypot;

/**
 * "Tell me when a next cohort opens", from a programme page, also for anonymous visitors
 * (confirmed by email).
 */
@Controller
class InterestController {

	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern
		.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final InterestLists interestLists;

	private final Catalogue catalogue;

	InterestController(InterestLists interestLists, Catalogue catalogue) {
		this.interestLists = interestLists;
		this.catalogue = catalogue;
	}

	@PostMapping("/interest/{programmeId}")
	String register(@PathVariable long programmeId, @RequestParam(required = false) @Nullable String email,
			@AuthenticationPrincipal @Nullable CurrentUser user, Locale locale) {
		var programme = catalogue.find(programmeId)
			.filter(p -> p.status() == ProgrammeStatus.PUBLISHED)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String target = "redirect:/programmes/" + programme.slug() + "#interest";
		if (Honeypot.tripped()) {
			Flash.success("enrolment.interest.CHECK_EMAIL");
			return target;
		}
		if (user != null) {
			var result = interestLists.register(programmeId, user.email(), user.locale(), user.personId());
			Flash.success("enrolment.interest." + result.name());
			return target;
		}
		if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
			Flash.error("enrolment.interest.emailInvalid");
			return target;
		}
		var result = interestLists.register(programmeId, email, SupportedLanguages.closest(locale), null);
		Flash.success("enrolment.interest." + result.name());
		return target;
	}

	/**
	 * The link from the confirmation email shows a button; only the POST confirms (mail
	 * scanners follow links).
	 */
	@GetMapping("/interest/confirm/{token}")
	ModelAndView confirmPage(@PathVariable String token, Model model) {
		var programme = interestLists.programmeOfConfirmationLink(token).flatMap(catalogue::find);
		if (programme.isEmpty()) {
			return OfferController.LinkPages.used(model);
		}
		return new ModelAndView("cohorts/interest-confirm", "programme", programme.get()).addObject("token", token);
	}

	@PostMapping("/interest/confirm/{token}")
	String confirm(@PathVariable String token) {
		var programme = interestLists.programmeOfConfirmationLink(token).flatMap(catalogue::find);
		var result = interestLists.confirm(token);
		if (result == InterestLists.Confirmation.INVALID || programme.isEmpty()) {
			Flash.error("enrolment.interest.linkInvalid");
			return "redirect:/interest/confirm/" + token;
		}
		Flash.success("enrolment.interest.confirmed." + result.name());
		return "redirect:/programmes/" + programme.get().slug() + "#interest";
	}

}
