package org.traject.development.web;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.traject.development.internal.MeasurementResults;
import org.traject.development.internal.Measurements;
import org.traject.development.internal.PlanQueries;
import org.traject.development.internal.Plans;
import org.traject.development.internal.Viewer;
import org.traject.people.CurrentUser;

/**
 * A plan as the people it is shared with read it: the manager (read only, on
 * {@code /my/shared/plans/{id}}) and the coaches (on {@code /coach/plans/{id}}, where
 * they comment per goal and record coaching sessions). The share is checked on every
 * request; without one the plan does not exist for them.
 */
@Controller
class SharedPlanController {

	private final Plans plans;

	private final PlanQueries queries;

	private final Measurements measurements;

	private final MeasurementResults results;

	SharedPlanController(Plans plans, PlanQueries queries, Measurements measurements, MeasurementResults results) {
		this.plans = plans;
		this.queries = queries;
		this.measurements = measurements;
		this.results = results;
	}

	@GetMapping("/my/shared/plans/{planId}")
	String shared(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		var viewer = plans.access(planId, user);
		if (viewer == Viewer.OWNER) {
			return "redirect:/my/plan";
		}
		if (viewer == Viewer.COACH) {
			return "redirect:/coach/plans/" + planId;
		}
		return page(planId, viewer, user, model, locale);
	}

	@GetMapping("/coach/plans/{planId}")
	String coach(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		requireCoach(planId, user);
		model.addAttribute("commentForm", new Forms.CommentForm(""));
		model.addAttribute("sessionForm", Forms.SessionForm.today());
		return page(planId, Viewer.COACH, user, model, locale);
	}

	@PostMapping("/coach/plans/{planId}/goals/{goalId}/comments")
	String comment(@PathVariable long planId, @PathVariable long goalId,
			@Valid @ModelAttribute("commentForm") Forms.CommentForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
		requireCoach(planId, user);
		if (errors.hasErrors()) {
			model.addAttribute("sessionForm", Forms.SessionForm.today());
			model.addAttribute("commentGoal", goalId);
			return page(planId, Viewer.COACH, user, model, locale);
		}
		plans.comment(user, planId, goalId, form.text());
		Flash.success(redirect, "development.comment.added");
		return "redirect:/coach/plans/" + planId + "#goal-" + goalId;
	}

	@PostMapping("/coach/plans/{planId}/sessions")
	String session(@PathVariable long planId, @Valid @ModelAttribute("sessionForm") Forms.SessionForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		requireCoach(planId, user);
		if (errors.hasErrors()) {
			model.addAttribute("commentForm", new Forms.CommentForm(""));
			return page(planId, Viewer.COACH, user, model, locale);
		}
		plans.recordSession(user, planId, form.heldOn(), form.notes());
		Flash.success(redirect, "development.session.added");
		return "redirect:/coach/plans/" + planId + "#sessions";
	}

	private void requireCoach(long planId, CurrentUser user) {
		if (plans.access(planId, user) != Viewer.COACH) {
			throw new java.util.NoSuchElementException("plan " + planId + " is not shared with this coach");
		}
	}

	private String page(long planId, Viewer viewer, CurrentUser user, Model model, Locale locale) {
		var plan = queries.page(planId, viewer, user.personId());
		model.addAttribute("plan", plan);
		model.addAttribute("viewer", viewer);
		model.addAttribute("results",
				measurements.latestSubmitted(plan.ownerId()).map(a -> results.of(a, locale, false)).orElse(null));
		return "development/shared-plan";
	}

}
