package org.traject.development.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.traject.web.Flash;
import java.util.NoSuchElementException;
import org.traject.development.internal.MeasurementResults;
import org.traject.development.internal.Measurements;
import org.traject.development.internal.PlanQueries;
import org.traject.development.internal.PlanViews;
import org.traject.development.internal.Plans;
import org.traject.development.internal.Viewer;
import org.traject.people.CurrentUser;

/**
 * A plan as the people it is shared with read it: the manager (read only, on
 * {@code /my/shared/plans/{id}}) and the coaches (on {@code /coach/plans/{id}}, where
 * they comment per goal and record coaching sessions). The share is checked on every
 * request; without one the plan does not exist for them. Each look is recorded
 * ({@link PlanViews}) for the owner to see on the sharing page.
 */
@Controller
class SharedPlanController {

	private final Plans plans;

	private final PlanQueries queries;

	private final Measurements measurements;

	private final MeasurementResults results;

	private final PlanViews views;

	SharedPlanController(Plans plans, PlanQueries queries, Measurements measurements, MeasurementResults results,
			PlanViews views) {
		this.plans = plans;
		this.views = views;
		this.queries = queries;
		this.measurements = measurements;
		this.results = results;
	}

	@GetMapping("/my/shared/plans/{planId}")
	Object shared(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user) {
		var viewer = plans.access(planId, user);
		if (viewer == Viewer.OWNER) {
			return "redirect:/my/plan";
		}
		if (viewer == Viewer.COACH) {
			return "redirect:/coach/plans/" + planId;
		}
		views.record(planId, user.personId(), viewer);
		return page(planId, viewer, user);
	}

	@GetMapping("/coach/plans/{planId}")
	ModelAndView coach(@PathVariable long planId, @AuthenticationPrincipal CurrentUser user) {
		requireCoach(planId, user);
		views.record(planId, user.personId(), Viewer.COACH);
		return page(planId, Viewer.COACH, user).addObject("commentForm", new Forms.CommentForm(""))
			.addObject("sessionForm", Forms.SessionForm.today());
	}

	@PostMapping("/coach/plans/{planId}/goals/{goalId}/comments")
	ModelAndView comment(@PathVariable long planId, @PathVariable long goalId,
			@Valid @ModelAttribute("commentForm") Forms.CommentForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user) {
		requireCoach(planId, user);
		if (errors.hasErrors()) {
			// the form and its errors stay in the model; the page shows them beside this
			// goal
			return page(planId, Viewer.COACH, user).addObject("sessionForm", Forms.SessionForm.today())
				.addObject("commentGoal", goalId);
		}
		plans.comment(user, planId, goalId, form.text());
		Flash.success("development.comment.added");
		return new ModelAndView("redirect:/coach/plans/" + planId + "#goal-" + goalId);
	}

	@PostMapping("/coach/plans/{planId}/sessions")
	ModelAndView session(@PathVariable long planId, @Valid @ModelAttribute("sessionForm") Forms.SessionForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user) {
		requireCoach(planId, user);
		if (errors.hasErrors()) {
			return page(planId, Viewer.COACH, user).addObject("commentForm", new Forms.CommentForm(""));
		}
		plans.recordSession(user, planId, form.heldOn(), form.notes());
		Flash.success("development.session.added");
		return new ModelAndView("redirect:/coach/plans/" + planId + "#sessions");
	}

	private void requireCoach(long planId, CurrentUser user) {
		if (plans.access(planId, user) != Viewer.COACH) {
			throw new NoSuchElementException("plan " + planId + " is not shared with this coach");
		}
	}

	private ModelAndView page(long planId, Viewer viewer, CurrentUser user) {
		var plan = queries.page(planId, viewer, user.personId());
		var locale = LocaleContextHolder.getLocale();
		return new ModelAndView("development/shared-plan").addObject("plan", plan)
			.addObject("viewer", viewer)
			.addObject("results",
					measurements.latestSubmitted(plan.ownerId()).map(a -> results.of(a, locale, false)).orElse(null));
	}

}
