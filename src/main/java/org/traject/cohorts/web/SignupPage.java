package org.traject.cohorts.web;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ProgrammeStatus;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.internal.EnrolmentRefusedException;
import org.traject.privacy.Statements;

/**
 * The sign-up form of a cohort of a published programme (anything else is not found),
 * shown fresh or again with what was typed, and the privacy statement it links to.
 */
@Component
class SignupPage {

	private static final String ALREADY_ENROLLED = new EnrolmentRefusedException(
			EnrolmentRefusedException.Reason.ALREADY_ENROLLED)
		.messageKey();

	private final Cohorts cohorts;

	private final Catalogue catalogue;

	private final Statements statements;

	SignupPage(Cohorts cohorts, Catalogue catalogue, Statements statements) {
		this.cohorts = cohorts;
		this.catalogue = catalogue;
		this.statements = statements;
	}

	/** The form again, saying so when the rules found the person enrolled already. */
	String show(long cohortId, BindingResult errors, Model model) {
		model.addAttribute("alreadyEnrolled",
				errors.getGlobalErrors().stream().anyMatch(e -> ALREADY_ENROLLED.equals(e.getCode())));
		return show(cohortId, model);
	}

	String show(long cohortId, Model model) {
		var context = context(cohortId);
		model.addAttribute("cohort", context.cohort());
		model.addAttribute("programme", context.programme());
		model.addAttribute("languages", List.of("nl", "da", "en"));
		model.addAttribute("privacyVersion",
				statements.current(Statements.PRIVACY, Statements.languageOf(LocaleContextHolder.getLocale()))
					.version());
		return "cohorts/signup";
	}

	/** The outcome page after the redirect. */
	String done(long cohortId, Model model) {
		var context = context(cohortId);
		model.addAttribute("cohort", context.cohort());
		model.addAttribute("programme", context.programme());
		return "cohorts/signup-done";
	}

	/** The sign-up records which version of the privacy statement its form linked to. */
	void privacyStatementSeen(long personId, SignupForm form) {
		statements.recordSeen(personId, Statements.PRIVACY, LocaleContextHolder.getLocale(), form.privacyVersion(),
				Statements.Context.SIGN_UP);
	}

	Context context(long cohortId) {
		var cohort = cohorts.find(cohortId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var programme = catalogue.find(cohort.programmeId())
			.filter(p -> p.status() == ProgrammeStatus.PUBLISHED)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new Context(cohort, programme);
	}

	record Context(Cohorts.CohortView cohort, Catalogue.ProgrammeView programme) {
	}

}
