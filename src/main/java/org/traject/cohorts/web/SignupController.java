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
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ProgrammeStatus;
import org.traject.people.Actor;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.internal.EnrolmentRefusedException;
import org.traject.cohorts.internal.Enrolments;
import org.traject.cohorts.internal.Manager;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.privacy.Statements;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private static final String ALREADY_ENROLLED = new EnrolmentRefusedException(
			EnrolmentRefusedException.Reason.ALREADY_ENROLLED)
		.messageKey();

	private final Enrolments enrolments;

	private final Cohorts cohorts;

	private final Catalogue catalogue;

	private final Statements statements;

	private final People people;

	SignupController(Enrolments enrolments, Cohorts cohorts, Catalogue catalogue, Statements statements,
			People people) {
		this.enrolments = enrolments;
		this.cohorts = cohorts;
		this.catalogue = catalogue;
		this.statements = statements;
		this.people = people;
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
			@Valid @ModelAttribute("form") SignupForm form, BindingResult errors, Model model) {
		var context = context(cohortId);
		if (Honeypot.tripped()) {
			return checkEmail(cohortId, form);
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
			return signUpWithNewAccount(cohortId, form, manager, errors, model);
		}
		var actor = Actor.of(user, Actor.Capacity.PARTICIPANT);
		var outcome = Refusals.attempt(errors, () -> enrolments.signUp(cohortId, actor, manager));
		if (outcome.isEmpty()) {
			return page(cohortId, errors, model);
		}
		privacyStatementSeen(user.personId(), form);
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
	private String signUpWithNewAccount(long cohortId, SignupForm form, @Nullable Manager manager, BindingResult errors,
			Model model) {
		var participant = new People.NewParticipant(form.email(), form.name(), SignupForm.trimmed(form.organisation()),
				SignupForm.trimmed(form.jobTitle()), Locale.forLanguageTag(String.valueOf(form.language())));
		try {
			var outcome = Refusals.attempt(errors,
					() -> enrolments.signUpWithNewAccount(cohortId, participant, manager));
			if (outcome.isEmpty()) {
				return page(cohortId, errors, model);
			}
			// an account was made (none is for an address that has one already)
			if (outcome.get().isPresent()) {
				people.findByEmail(participant.email()).ifPresent(p -> privacyStatementSeen(p.id(), form));
			}
		}
		catch (EmailAlreadyRegisteredException registeredJustNow) {
			// the same address was registered at this very moment by another request,
			// whose
			// email says it all: not a refusal, the same answer as for any address
		}
		return checkEmail(cohortId, form);
	}

	/** The sign-up records which version of the privacy statement its form linked to. */
	private void privacyStatementSeen(long personId, SignupForm form) {
		statements.recordSeen(personId, Statements.PRIVACY, LocaleContextHolder.getLocale(), form.privacyVersion(),
				Statements.Context.SIGN_UP);
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
		var context = context(cohortId);
		model.addAttribute("cohort", context.cohort());
		model.addAttribute("programme", context.programme());
		return "cohorts/signup-done";
	}

	/** The form again, saying so when the rules found the person enrolled already. */
	private String page(long cohortId, BindingResult errors, Model model) {
		model.addAttribute("alreadyEnrolled",
				errors.getGlobalErrors().stream().anyMatch(e -> ALREADY_ENROLLED.equals(e.getCode())));
		return page(cohortId, model);
	}

	private String page(long cohortId, Model model) {
		var context = context(cohortId);
		model.addAttribute("cohort", context.cohort());
		model.addAttribute("programme", context.programme());
		model.addAttribute("languages", List.of("nl", "da", "en"));
		model.addAttribute("privacyVersion",
				statements.current(Statements.PRIVACY, Statements.languageOf(LocaleContextHolder.getLocale()))
					.version());
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
