package org.traject.development.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.traject.web.UploadedFiles;
import org.traject.development.internal.Plans;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.Htmx;

/**
 * The work on one goal of the participant's own plan: adding and moving actions, and
 * adding evidence (text, optionally with a file).
 */
@Controller
@RequestMapping("/my/plan/goals/{goalId}")
class GoalWorkController {

	private final Plans plans;

	private final GoalPages pages;

	GoalWorkController(Plans plans, GoalPages pages) {
		this.plans = plans;
		this.pages = pages;
	}

	@PostMapping("/actions")
	String addAction(@PathVariable long goalId, @Valid @ModelAttribute("actionForm") Forms.ActionForm form,
			BindingResult errors, Actor me, Model model) {
		long personId = me.requirePersonId();
		plans.ownGoal(personId, goalId);
		if (errors.hasErrors()) {
			return pages.goal(goalId, personId, model);
		}
		plans.addAction(personId, goalId, form.actionType(), form.actionDescription(), form.dueDate());
		Flash.success("development.action.added");
		return "redirect:/my/plan/goals/" + goalId + "#actions";
	}

	/**
	 * Moves an action to another status; htmx swaps the row, without JavaScript the page
	 * reloads.
	 */
	@PostMapping("/actions/{actionId}")
	String moveAction(@PathVariable long goalId, @PathVariable long actionId, Forms.ActionMove move, Actor me,
			Model model) {
		long personId = me.requirePersonId();
		plans.moveAction(personId, goalId, actionId, move.version(), move.status());
		if (Htmx.isHtmxRequest()) {
			return pages.actions(goalId, personId, model);
		}
		Flash.success("development.action.moved");
		return "redirect:/my/plan/goals/" + goalId + "#actions";
	}

	@PostMapping("/evidence")
	String addEvidence(@PathVariable long goalId, @Valid @ModelAttribute("evidenceForm") Forms.EvidenceForm form,
			BindingResult errors, Actor me, Model model) {
		long personId = me.requirePersonId();
		plans.ownGoal(personId, goalId);
		Plans.Upload upload = upload(form, errors);
		if (errors.hasErrors()) {
			return pages.goal(goalId, personId, model);
		}
		plans.addEvidence(personId, goalId, form.entryDate(), form.text(), upload);
		Flash.success("development.evidence.added");
		return "redirect:/my/plan/goals/" + goalId + "#evidence";
	}

	/**
	 * The file sent with the evidence, or null; a wrong type or size is told beside the
	 * text.
	 */
	private static Plans.@org.jspecify.annotations.Nullable Upload upload(Forms.EvidenceForm form,
			BindingResult errors) {
		var file = form.file();
		if (file == null || file.isEmpty()) {
			return null;
		}
		String problem = UploadedFiles.problem(file, "development.evidence.fileType", "development.evidence.fileSize");
		if (problem != null) {
			errors.rejectValue("text", problem, problem);
			return null;
		}
		var accepted = UploadedFiles.read(file);
		return new Plans.Upload(accepted.name(), accepted.contentType(), accepted.content());
	}

}
