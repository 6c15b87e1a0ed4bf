package org.traject.development.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.development.internal.PlanQueries;
import org.traject.development.internal.PlanViews;
import org.traject.development.internal.Plans;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;
import org.traject.web.Refusals;

/**
 * Who reads the participant's plan: a coach chosen from the provider's coaches, a manager
 * invited by email, and taking either away again.
 */
@Controller
@RequestMapping("/my/plan/sharing")
@OnRefusal("/my/plan/sharing")
class PlanSharingController {

	private final Plans plans;

	private final PlanQueries queries;

	private final PlanViews views;

	PlanSharingController(Plans plans, PlanQueries queries, PlanViews views) {
		this.plans = plans;
		this.queries = queries;
		this.views = views;
	}

	@GetMapping
	String sharing(Actor me, Model model) {
		model.addAttribute("managerShareForm", Forms.ManagerShareForm.empty());
		return page(me.requirePersonId(), model);
	}

	@PostMapping("/coach")
	String shareWithCoach(@RequestParam long coachId, Actor me) {
		plans.shareWithCoach(me.requirePersonId(), coachId);
		Flash.success("development.share.added");
		return "redirect:/my/plan/sharing";
	}

	@PostMapping("/manager")
	String shareWithManager(@Valid @ModelAttribute("managerShareForm") Forms.ManagerShareForm form,
			BindingResult errors, Actor me, Model model) {
		long personId = me.requirePersonId();
		String name = form.managerName() == null ? "" : form.managerName();
		if (!Refusals.applied(errors, () -> plans.shareWithManager(personId, form.managerEmail(), name))) {
			return page(personId, model);
		}
		Flash.success("development.share.added");
		return "redirect:/my/plan/sharing";
	}

	@PostMapping("/revoke")
	String revoke(@RequestParam long share, Actor me) {
		plans.revoke(me.requirePersonId(), share);
		Flash.success("development.share.revoked");
		return "redirect:/my/plan/sharing";
	}

	private String page(long personId, Model model) {
		var planId = plans.planOf(personId);
		var shares = planId.map(queries::shares).orElse(List.of());
		var sharedWith = shares.stream().map(PlanQueries.ShareView::personId).toList();
		var coaches = plans.coaches().stream().filter(c -> c.id() != personId).toList();
		model.addAttribute("shares", shares);
		model.addAttribute("views", planId.map(views::of).orElse(List.of()));
		// a coach who already reads the plan is not offered again
		model.addAttribute("coaches", coaches.stream().filter(c -> !sharedWith.contains(c.id())).toList());
		model.addAttribute("anyCoach", !coaches.isEmpty());
		return "development/sharing";
	}

}
