package org.traject.routemaps.web;

import org.traject.web.Flash;
import org.traject.web.Refusals;
import org.traject.web.OnRefusal;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.routemaps.internal.RouteMapEditing;
import org.traject.routemaps.internal.RouteMapQueries;

/** A draft's steps and cards: add, edit, move, remove. */
@Controller
@RequestMapping("/admin/route-maps/versions/{id}")
@OnRefusal("/admin/route-maps/versions/{id}")
class RouteMapEditorController {

	private final RouteMapQueries queries;

	private final RouteMapEditing editing;

	private final RouteMapAdminController versions;

	RouteMapEditorController(RouteMapQueries queries, RouteMapEditing editing, RouteMapAdminController versions) {
		this.queries = queries;
		this.editing = editing;
		this.versions = versions;
	}

	@PostMapping("/steps")
	String addStep(@PathVariable long id, @Valid @ModelAttribute("stepForm") StepForm form, BindingResult errors,
			Model model) {
		if (Refusals.applied(errors, () -> editing.addStep(id, form.texts()))) {
			Flash.success("routemaps.saved.step");
			return "redirect:/admin/route-maps/versions/" + id;
		}
		return versions.version(id, model);
	}

	@GetMapping("/steps/{stepId}")
	String step(@PathVariable long id, @PathVariable long stepId, Model model) {
		var version = queries.version(id);
		var step = version.steps().stream().filter(s -> s.id() == stepId).findFirst().orElseThrow();
		model.addAttribute("version", version);
		model.addAttribute("step", step);
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", StepForm.of(step));
		}
		return "routemaps/admin-step";
	}

	@PostMapping("/steps/{stepId}")
	String updateStep(@PathVariable long id, @PathVariable long stepId,
			@Valid @ModelAttribute("stepForm") StepForm form, BindingResult errors, Model model) {
		if (Refusals.applied(errors, () -> editing.updateStep(id, stepId, form.texts()))) {
			Flash.success("routemaps.saved.step");
			return "redirect:/admin/route-maps/versions/" + id;
		}
		return step(id, stepId, model);
	}

	@PostMapping("/steps/{stepId}/move")
	String moveStep(@PathVariable long id, @PathVariable long stepId, @RequestParam boolean up) {
		return change(id, () -> editing.moveStep(id, stepId, up), "routemaps.saved.moved");
	}

	@PostMapping("/steps/{stepId}/delete")
	String deleteStep(@PathVariable long id, @PathVariable long stepId) {
		return change(id, () -> editing.deleteStep(id, stepId), "routemaps.saved.stepDeleted");
	}

	@GetMapping("/steps/{stepId}/cards/new")
	String newCard(@PathVariable long id, @PathVariable long stepId, Model model) {
		return card(id, stepId, null, model, CardForm.empty());
	}

	@PostMapping("/steps/{stepId}/cards")
	String addCard(@PathVariable long id, @PathVariable long stepId, @Valid @ModelAttribute("cardForm") CardForm form,
			BindingResult errors, Model model) {
		if (Refusals.applied(errors, () -> editing.addCard(id, stepId, form.texts()))) {
			Flash.success("routemaps.saved.card");
			return "redirect:/admin/route-maps/versions/" + id + "#step-" + stepId;
		}
		return card(id, stepId, null, model, form);
	}

	@GetMapping("/cards/{cardId}")
	String editCard(@PathVariable long id, @PathVariable long cardId, Model model) {
		var card = queries.version(id).card(cardId).orElseThrow();
		return card(id, null, cardId, model, CardForm.of(card));
	}

	@PostMapping("/cards/{cardId}")
	String updateCard(@PathVariable long id, @PathVariable long cardId,
			@Valid @ModelAttribute("cardForm") CardForm form, BindingResult errors, Model model) {
		if (Refusals.applied(errors, () -> editing.updateCard(id, cardId, form.texts()))) {
			Flash.success("routemaps.saved.card");
			return "redirect:/admin/route-maps/versions/" + id;
		}
		return card(id, null, cardId, model, form);
	}

	@PostMapping("/cards/{cardId}/delete")
	String deleteCard(@PathVariable long id, @PathVariable long cardId) {
		return change(id, () -> editing.deleteCard(id, cardId), "routemaps.saved.cardDeleted");
	}

	private String card(long id, @org.jspecify.annotations.Nullable Long stepId,
			@org.jspecify.annotations.Nullable Long cardId, Model model, CardForm form) {
		var version = queries.version(id);
		var step = version.steps()
			.stream()
			.filter(s -> stepId != null ? s.id() == stepId
					: s.cards().stream().anyMatch(c -> cardId != null && c.id() == cardId))
			.findFirst()
			.orElseThrow();
		model.addAttribute("version", version);
		model.addAttribute("step", step);
		model.addAttribute("cardId", cardId);
		if (!model.containsAttribute("cardForm")) {
			model.addAttribute("cardForm", form);
		}
		return "routemaps/admin-card";
	}

	private String change(long id, Runnable change, String doneKey) {
		change.run();
		Flash.success(doneKey);
		return "redirect:/admin/route-maps/versions/" + id;
	}

}
