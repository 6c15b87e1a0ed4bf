package org.traject.cohorts.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.traject.people.Actor;
import org.traject.cohorts.internal.Enrolments;
import org.traject.cohorts.internal.Manager;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.web.SupportedLanguages;
import org.traject.web.Flash;
import org.traject.web.Honeypot;
import org.traject.web.Refusals;
import org.traject.people.EmailAlreadyRegisteredException;

/**
 * Signing up for a cohort from its programme page: with the account one is signed in
 * with, or by creating one on the spot. A signed-in person sees the outcome (a seat, a
 * waitlist place, awaiting approval) at once; a visitor is told to read their email,
 * whether or not the address has an account (see {@link #signUpWithNewAccount}).
 */
@Controller
class SignupController {

	private final Enrolments enrolments;

	private final SignupPage page;

	SignupController(Enrolments enrolments, SignupPage page) {
		this.enrolments = enrolments;
		this.page = page;
	}

	@GetMapping("/signup/{cohortId}")
	String form(@PathVariable long cohortId, Locale locale, Model model) {
		model.addAttribute("form", SignupForm.empty(SupportedLanguages.closest(locale).getLanguage()));
		return page.show(cohortId, model);
	}

	/**
	 * "I have an account": sign in first (Spring Security brings the person back here),
	 * then the same form.
	 */
	@GetMapping("/my/signup/{cohortId}")
	String afterSignIn(@PathVariable long cohortId) {
		return "redirect:/signup/" + cohortId;
	}

	@PostMapping("/signup/{cohortId}")
	String signUp(@PathVariable long cohortId, @AuthenticationPrincipal @Nullable CurrentUser user,
			@Valid @ModelAttribute("form") SignupForm form, BindingResult errors, Model model) {
		var terms = enrolments.terms(cohortId);
		if (!terms.published()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (Honeypot.tripped()) {
			return checkEmail(cohortId, form);
		}
		boolean approval = terms.requiresApproval();
		form.checkRequired(errors, user != null, approval);
		if (errors.hasErrors()) {
			return page.show(cohortId, model);
		}
		Manager manager = approval ? new Manager(form.managerName(), form.managerEmail()) : null;
		if (user == null) {
			return signUpWithNewAccount(terms, form, manager, errors, model);
		}
		var actor = Actor.of(user, Actor.Capacity.PARTICIPANT);
		var outcome = Refusals.attempt(errors, () -> enrolments.signUp(terms, actor, manager));
		if (outcome.isEmpty()) {
			return page.show(cohortId, errors, model);
		}
		page.privacyStatementSeen(user.personId(), form);
		Flash.attribute("outcomeStatus", outcome.get().status());
		if (outcome.get().waitlistPosition() != null) {
			Flash.attribute("outcomePosition", outcome.get().waitlistPosition());
		}
		Flash.attribute("enrolmentId", outcome.get().enrolmentId());
		return "redirect:/signup/" + cohortId + "/done";
	}

	/**
	 * A visitor without an account, or so they say: the answer is the same whether or not
	 * the address has an account (that holder gets an email instead), so the page only
	 * says to read one's email; the email tells the outcome.
	 */
	private String signUpWithNewAccount(Enrolments.SignUpTerms terms, SignupForm form, @Nullable Manager manager,
			BindingResult errors, Model model) {
		long cohortId = terms.cohortId();
		var participant = new People.NewParticipant(form.email(), form.name(), SignupForm.trimmed(form.organisation()),
				SignupForm.trimmed(form.jobTitle()), Locale.forLanguageTag(String.valueOf(form.language())));
		try {
			var outcome = Refusals.attempt(errors, () -> enrolments.signUpWithNewAccount(terms, participant, manager));
			if (outcome.isEmpty()) {
				return page.show(cohortId, errors, model);
			}
			// an account was made (none is for an address that has one already)
			outcome.get().ifPresent(placed -> page.privacyStatementSeen(placed.personId(), form));
		}
		catch (EmailAlreadyRegisteredException registeredJustNow) {
			// the same address was registered at this very moment by another request,
			// whose
			// email says it all: not a refusal, the same answer as for any address
		}
		return checkEmail(cohortId, form);
	}

	private static String checkEmail(long cohortId, SignupForm form) {
		Flash.attribute("checkEmail", form.email() == null ? "" : form.email());
		return "redirect:/signup/" + cohortId + "/done";
	}

	/**
	 * The outcome, right after signing up (from the flash attributes of the redirect).
	 */
	@GetMapping("/signup/{cohortId}/done")
	String done(@PathVariable long cohortId, Model model) {
		if (!model.containsAttribute("outcomeStatus") && !model.containsAttribute("checkEmail")) {
			return "redirect:/signup/" + cohortId;
		}
		return page.done(cohortId, model);
	}

}
