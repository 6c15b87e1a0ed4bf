package org.traject.cohorts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.people.ActingAs;
import org.traject.people.Actor;
import org.traject.people.Actor.Capacity;
import org.traject.web.Refusal;
import org.traject.web.RefusedInPlace;
import org.traject.web.SupportedLanguages;

/**
 * What a course secretary does to a cohort's roster: enrol someone (known or new),
 * cancel, reorder the waitlist, promote, move to another cohort, let the cohort go ahead,
 * invite the interest list. Every action is a plain form (POST, redirect, flash message);
 * with htmx the same URL answers with the updated roster in place
 * ({@link RosterAnswers}). A refusal of the rules is answered in the same place.
 */
@Controller
class RosterActionsController implements RefusedInPlace {

	private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

	private final EnrolmentAdministration administration;

	private final RosterAnswers answers;

	RosterActionsController(EnrolmentAdministration administration, RosterAnswers answers) {
		this.administration = administration;
		this.answers = answers;
	}

	/** The reason a secretary gives for a change, and what the change needs besides. */
	record Change(@Nullable String reason, @Nullable String direction, @Nullable Long targetCohortId) {

		String requiredReason() {
			if (reason == null || reason.isBlank()) {
				throw new Refusal("reason", "enrolment.console.reasonRequired");
			}
			return reason;
		}

	}

	/** A person without an account, enrolled by the secretary. */
	record NewPerson(@Nullable String name, @Nullable String email, @Nullable String organisation,
			@Nullable String jobTitle, @Nullable String language) {

		EnrolmentAdministration.NewPerson checked() {
			if (name == null || name.isBlank() || name.length() > 200 || email == null || email.length() > 254
					|| !email.matches(EMAIL)) {
				throw new Refusal("enrolment.console.newPersonInvalid");
			}
			String tag = language != null && SupportedLanguages.isSupported(language) ? language : "en";
			return new EnrolmentAdministration.NewPerson(name, email, SignupForm.trimmed(organisation),
					SignupForm.trimmed(jobTitle), Locale.forLanguageTag(tag));
		}

	}

	@PostMapping("/secretary/cohorts/{id}/enrol")
	ModelAndView enrol(@PathVariable long id, @RequestParam long personId, @ActingAs(Capacity.SECRETARY) Actor actor,
			HttpServletRequest request) {
		var outcome = administration.enrol(id, personId, actor, null);
		return answers.done(id, request, "enrolment.console.enrolled." + outcome.status().name());
	}

	@PostMapping("/secretary/cohorts/{id}/enrol-new")
	ModelAndView enrolNew(@PathVariable long id, NewPerson person, @ActingAs(Capacity.SECRETARY) Actor actor,
			HttpServletRequest request) {
		var outcome = administration.enrolNewPerson(id, person.checked(), actor);
		return answers.done(id, request, "enrolment.console.enrolled." + outcome.status().name());
	}

	@PostMapping("/secretary/cohorts/{id}/enrolments/{enrolmentId}/cancel")
	ModelAndView cancel(@PathVariable long id, @PathVariable long enrolmentId, Change change,
			@ActingAs(Capacity.SECRETARY) Actor actor, HttpServletRequest request) {
		administration.cancel(id, enrolmentId, actor, change.requiredReason());
		return answers.done(id, request, "enrolment.console.cancelled");
	}

	@PostMapping("/secretary/cohorts/{id}/enrolments/{enrolmentId}/move")
	ModelAndView move(@PathVariable long id, @PathVariable long enrolmentId, Change change,
			@ActingAs(Capacity.SECRETARY) Actor actor, HttpServletRequest request) {
		int steps = "up".equals(change.direction()) ? -1 : 1;
		administration.moveOnWaitlist(id, enrolmentId, steps, actor, change.requiredReason());
		return answers.done(id, request, "enrolment.console.moved");
	}

	@PostMapping("/secretary/cohorts/{id}/enrolments/{enrolmentId}/promote")
	ModelAndView promote(@PathVariable long id, @PathVariable long enrolmentId, Change change,
			@ActingAs(Capacity.SECRETARY) Actor actor, HttpServletRequest request) {
		administration.promote(id, enrolmentId, actor, change.reason());
		return answers.done(id, request, "enrolment.console.promoted");
	}

	@PostMapping("/secretary/cohorts/{id}/enrolments/{enrolmentId}/transfer")
	ModelAndView transfer(@PathVariable long id, @PathVariable long enrolmentId, Change change,
			@ActingAs(Capacity.SECRETARY) Actor actor, HttpServletRequest request) {
		String reason = change.requiredReason();
		if (change.targetCohortId() == null) {
			throw new Refusal("targetCohortId", "enrolment.console.targetRequired");
		}
		administration.moveToCohort(id, enrolmentId, change.targetCohortId(), actor, reason);
		return answers.done(id, request, "enrolment.console.transferred");
	}

	@PostMapping("/secretary/cohorts/{id}/go-ahead")
	ModelAndView goAhead(@PathVariable long id, Change change, @ActingAs(Capacity.SECRETARY) Actor actor,
			HttpServletRequest request) {
		administration.confirmCohort(id, actor, SignupForm.trimmed(change.reason()));
		return answers.done(id, request, "enrolment.console.goesAhead");
	}

	@PostMapping("/secretary/cohorts/{id}/invite-interest")
	ModelAndView inviteInterest(@PathVariable long id, HttpServletRequest request) {
		int invited = administration.inviteInterestList(id);
		return answers.done(id, request, "enrolment.console.invited", invited);
	}

	@Override
	public ModelAndView answerRefusal(Refusal refusal, HttpServletRequest request) {
		return answers.refused(Long.parseLong(RefusedInPlace.pathVariable(request, "id")), request, refusal);
	}

}
