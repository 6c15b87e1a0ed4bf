package org.traject.development.web;

import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.development.internal.Plans;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.Refusals;

/**
 * The goals of the participant's own plan: a new goal (suggested from the top of the
 * development potential), one goal, and changing it on a page of its own.
 */
@Controller
@RequestMapping("/my/plan/goals")
class GoalController {

	private final Plans plans;

	private final GoalPages pages;

	GoalController(Plans plans, GoalPages pages) {
		this.plans = plans;
		this.pages = pages;
	}

	@GetMapping("/new")
	String newGoal(@RequestParam(required = false) @Nullable List<Long> competency, Actor me, Model model) {
		model.addAttribute("goalForm", new Forms.GoalForm("", null, null, null, competency, null));
		return pages.newGoal(me.requirePersonId(), model);
	}

	@PostMapping
	String addGoal(@Valid @ModelAttribute("goalForm") Forms.GoalForm form, BindingResult errors, Actor me,
			Model model) {
		long personId = me.requirePersonId();
		var added = Refusals.attempt(errors, () -> plans.addGoal(personId, form.details(), form.chosen()));
		if (added.isEmpty()) {
			return pages.newGoal(personId, model);
		}
		Flash.success("development.goal.added", form.title());
		return "redirect:/my/plan/goals/" + added.get();
	}

	@GetMapping("/{goalId}")
	String goal(@PathVariable long goalId, Actor me, Model model) {
		plans.ownGoal(me.requirePersonId(), goalId);
		return pages.goal(goalId, me.requirePersonId(), model);
	}

	/**
	 * Changing the goal itself is a page of its own, apart from its actions and evidence.
	 */
	@GetMapping("/{goalId}/edit")
	String editGoal(@PathVariable long goalId, Actor me, Model model) {
		plans.ownGoal(me.requirePersonId(), goalId);
		return pages.edit(goalId, me.requirePersonId(), model);
	}

	@PostMapping("/{goalId}")
	String reviseGoal(@PathVariable long goalId, @Valid @ModelAttribute("goalForm") Forms.GoalForm form,
			BindingResult errors, Actor me, Model model) {
		long personId = me.requirePersonId();
		plans.ownGoal(personId, goalId);
		long version = form.version() == null ? -1 : form.version();
		if (!Refusals.applied(errors,
				() -> plans.reviseGoal(personId, goalId, version, form.details(), form.chosen()))) {
			return pages.edit(goalId, personId, model);
		}
		Flash.success("development.goal.saved", form.title());
		return "redirect:/my/plan/goals/" + goalId;
	}

}
