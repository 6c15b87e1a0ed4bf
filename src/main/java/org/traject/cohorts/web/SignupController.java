package org.traject.cohorts.web;

import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ProgrammeStatus;
import org.traject.cohorts.Actor;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.internal.EnrolmentRefusedException;
import org.traject.cohorts.internal.Enrolments;
import org.traject.cohorts.internal.Manager;
import org.traject.cohorts.internal.SignUpOutcome;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.web.SupportedLanguages;
import org.traject.web.Honeypot;

/**
 * Signing up for a cohort from its programme page: with the account one is signed in
 * with, or by creating one on the spot. A signed-in person sees the outcome (a seat, a
 * waitlist place, awaiting approval) at once; a visitor is told to read their email,
 * whether or not the address has an account (see {@link #signUpWithNewAccount}).
 */
@Controller
class SignupController {

	private final Enrolments enrolments;

	private final Cohorts cohorts;

	private final Catalogue catalogue;

	SignupController(Enrolments enrolments, Cohorts cohorts, Catalogue catalogue) {
		this.enrolments = enrolments;
		this.cohorts = cohorts;
		this.catalogue = catalogue;
	}

	@GetMapping("/signup/{cohortId}")
	String form(@PathVariable long cohortId, Locale locale, Model model) {
		model.addAttribute("form", SignupForm.empty(SupportedLanguages.closest(locale).getLanguage()));
		return page(cohortId, model);
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
			@Valid @ModelAttribute("form") SignupForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var context = context(cohortId);
		if (Honeypot.tripped()) {
			redirect.addFlashAttribute("checkEmail", form.email() == null ? "" : form.email());
			return "redirect:/signup/" + cohortId + "/done";
		}
		boolean approval = context.programme().requiresManagerApproval();
		if (user == null) {
			require(errors, "name", form.name());
			require(errors, "email", form.email());
			require(errors, "organisation", form.organisation());
			require(errors, "jobTitle", form.jobTitle());
			if (form.language() == null || !SupportedLanguages.isSupported(form.language())) {
				errors.rejectValue("language", "enrolment.signup.language.required");
			}
		}
		if (approval) {
			require(errors, "managerName", form.managerName());
			require(errors, "managerEmail", form.managerEmail());
		}
		if (errors.hasErrors()) {
			return page(cohortId, model);
		}
		Manager manager = approval ? new Manager(form.managerName(), form.managerEmail()) : null;
		if (user == null) {
			return signUpWithNewAccount(cohortId, form, manager, errors, model, redirect);
		}
		SignUpOutcome outcome;
		try {
			outcome = enrolments.signUp(cohortId, Actor.participant(user), manager);
		}
		catch (EnrolmentRefusedException ex) {
			return refused(cohortId, ex, errors, model);
		}
		redirect.addFlashAttribute("outcomeStatus", outcome.status());
		if (outcome.waitlistPosition() != null) {
			redirect.addFlashAttribute("outcomePosition", outcome.waitlistPosition());
		}
		redirect.addFlashAttribute("enrolmentId", outcome.enrolmentId());
		return "redirect:/signup/" + cohortId + "/done";
	}

	/**
	 * A visitor without an account, or so they say: the answer is the same whether or not
	 * the address has an account (that holder gets an email instead), so the page only
	 * says to read one's email; the email tells the outcome.
	 */
	private String signUpWithNewAccount(long cohortId, SignupForm form, @Nullable Manager manager, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		try {
			enrolments.signUpWithNewAccount(cohortId,
					new People.NewParticipant(form.email(), form.name(), SignupForm.trimmed(form.organisation()),
							SignupForm.trimmed(form.jobTitle()), Locale.forLanguageTag(form.language())),
					manager);
		}
		catch (EnrolmentRefusedException ex) {
			if (ex.reason() != EnrolmentRefusedException.Reason.EMAIL_TAKEN) {
				return refused(cohortId, ex, errors, model);
			}
			// registered at this very moment by another request: that one's email says it
			// all
		}
		redirect.addFlashAttribute("checkEmail", form.email());
		return "redirect:/signup/" + cohortId + "/done";
	}

	private String refused(long cohortId, EnrolmentRefusedException ex, BindingResult errors, Model model) {
		errors.reject(ex.messageKey());
		model.addAttribute("refusal", ex.reason());
		return page(cohortId, model);
	}

	/**
	 * The outcome, right after signing up (from the flash attributes of the redirect).
	 */
	@GetMapping("/signup/{cohortId}/done")
	String done(@PathVariable long cohortId, Model model) {
		if (!model.containsAttribute("outcomeStatus") && !model.containsAttribute("checkEmail")) {
			return "redirect:/signup/" + cohortId;
		}
		var context = context(cohortId);
		model.addAttribute("cohort", context.cohort());
		model.addAttribute("programme", context.programme());
		return "cohorts/signup-done";
	}

	private String page(long cohortId, Model model) {
		var context = context(cohortId);
		model.addAttribute("cohort", context.cohort());
		model.addAttribute("programme", context.programme());
		model.addAttribute("languages", List.of("nl", "da", "en"));
		return "cohorts/signup";
	}

	private static void require(BindingResult errors, String field, @Nullable String value) {
		if (SignupForm.blank(value) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "enrolment.signup." + field + ".required");
		}
	}

	private Context context(long cohortId) {
		var cohort = cohorts.find(cohortId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var programme = catalogue.find(cohort.programmeId())
			.filter(p -> p.status() == ProgrammeStatus.PUBLISHED)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new Context(cohort, programme);
	}

	private record Context(Cohorts.CohortView cohort, Catalogue.ProgrammeView programme) {
	}

}
