package org.traject.development.web;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.traject.development.ActionStatus;
import org.traject.development.ActionType;
import org.traject.development.internal.MeasurementResults;
import org.traject.development.internal.Measurements;
import org.traject.development.internal.PlanQueries;
import org.traject.development.internal.Plans;
import org.traject.development.internal.Viewer;

/**
 * The owner's goal pages, shown the same way on first view and again with what the reader
 * typed when a form needs correcting: a new goal (with the top of the latest measurement
 * to choose from), one goal with its actions and evidence, and its edit page.
 */
@Component
class GoalPages {

	private final Plans plans;

	private final PlanQueries queries;

	private final Measurements measurements;

	private final MeasurementResults results;

	GoalPages(Plans plans, PlanQueries queries, Measurements measurements, MeasurementResults results) {
		this.plans = plans;
		this.queries = queries;
		this.measurements = measurements;
		this.results = results;
	}

	String newGoal(long personId, Model model) {
		var locale = LocaleContextHolder.getLocale();
		model.addAttribute("options", plans.competencyOptions(personId, locale));
		model.addAttribute("top",
				measurements.latestSubmitted(personId).map(a -> results.of(a, locale, false).top()).orElse(List.of()));
		return "development/goal-new";
	}

	String goal(long goalId, long personId, Model model) {
		model.addAttribute("goal", ownGoal(goalId, personId));
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("types", ActionType.values());
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", Forms.ActionForm.empty());
		}
		if (!model.containsAttribute("evidenceForm")) {
			model.addAttribute("evidenceForm", Forms.EvidenceForm.today());
		}
		return "development/goal";
	}

	/** Only the goal's actions, for htmx to swap after an action moved. */
	String actions(long goalId, long personId, Model model) {
		model.addAttribute("goal", ownGoal(goalId, personId));
		model.addAttribute("statuses", ActionStatus.values());
		return "development/goal :: actions";
	}

	String edit(long goalId, long personId, Model model) {
		var locale = LocaleContextHolder.getLocale();
		var goal = ownGoal(goalId, personId);
		model.addAttribute("goal", goal);
		if (!model.containsAttribute("goalForm")) {
			var chosen = plans.asOptions(personId, goal.competencies().stream().map(c -> c.competencyId()).toList(),
					locale);
			model.addAttribute("goalForm", new Forms.GoalForm(goal.title(), goal.description(), goal.successCriteria(),
					goal.targetDate(), chosen, goal.version()));
		}
		model.addAttribute("options", plans.competencyOptions(personId, locale));
		return "development/goal-edit";
	}

	private PlanQueries.GoalView ownGoal(long goalId, long personId) {
		long planId = plans.planOf(personId).orElseThrow();
		var page = queries.page(planId, Viewer.OWNER, personId);
		return page.goal(goalId).orElseThrow(() -> new NoSuchElementException("goal " + goalId));
	}

}
