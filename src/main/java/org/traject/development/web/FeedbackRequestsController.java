package org.traject.development.web;

import java.time.Instant;

import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.traject.competencies.CompetencyProfiles;
import org.traject.development.internal.MeasurementResults;
import org.traject.development.internal.Measurements;
import org.traject.development.Relation;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;
import org.traject.web.Refusals;
import org.traject.web.SupportedLanguages;

/**
 * The participant's side of 360° feedback on a measurement: inviting people to give it,
 * seeing who answered, withdrawing an invitation.
 */
@Controller
@RequestMapping("/my/measurements/{id}/feedback")
@OnRefusal("/my/measurements/{id}/feedback")
class FeedbackRequestsController {

	private final Measurements measurements;

	private final CompetencyProfiles profiles;

	FeedbackRequestsController(Measurements measurements, CompetencyProfiles profiles) {
		this.measurements = measurements;
		this.profiles = profiles;
	}

	@GetMapping
	ModelAndView feedback(@PathVariable long id, Actor actor) {
		return page(id, actor).addObject("inviteForm", Forms.InviteForm.empty());
	}

	/**
	 * The FeedbackInvited event carries the link to the notifications module, which
	 * emails it; the link is shown here too, for an invitation that ends up in a spam
	 * folder.
	 */
	@PostMapping
	ModelAndView invite(@PathVariable long id, @Valid @ModelAttribute("inviteForm") Forms.InviteForm form,
			BindingResult errors, Actor actor) {
		String language = form.language() != null && SupportedLanguages.isSupported(form.language()) ? form.language()
				: SupportedLanguages.closest(LocaleContextHolder.getLocale()).getLanguage();
		var invited = Refusals.attempt(errors, () -> measurements.invite(id, actor.requirePersonId(), form.relation(),
				form.name(), form.email(), language));
		if (invited.isEmpty()) {
			return page(id, actor);
		}
		Flash.success("development.feedback.invited", form.name(), invited.get().link(), form.email());
		return new ModelAndView("redirect:/my/measurements/" + id + "/feedback");
	}

	@PostMapping("/withdraw")
	String withdraw(@PathVariable long id, @RequestParam long invitation, Actor actor) {
		measurements.withdraw(id, actor.requirePersonId(), invitation);
		Flash.success("development.feedback.withdrawn");
		return "redirect:/my/measurements/" + id + "/feedback";
	}

	private ModelAndView page(long id, Actor actor) {
		var assessment = measurements.own(id, actor.requirePersonId());
		return new ModelAndView("development/feedback")
			.addObject("measurement", MeasurementResults.Summary.of(assessment))
			.addObject("profile",
					profiles.findVersion(assessment.getProfileVersionId(), LocaleContextHolder.getLocale())
						.orElseThrow())
			.addObject("invitations", measurements.invitations(id, actor.requirePersonId()))
			.addObject("relations", Relation.values())
			.addObject("now", Instant.now());
	}

}
