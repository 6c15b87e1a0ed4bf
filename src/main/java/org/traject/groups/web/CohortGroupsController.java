package org.traject.groups.web;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.groups.internal.GroupEditing;
import org.traject.groups.internal.GroupQueries;
import org.traject.groups.web.GroupForms.FormGroupsForm;
import org.traject.groups.web.GroupForms.NewGroupForm;
import org.traject.groups.web.GroupForms.SuggestForm;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;
import org.traject.web.Refusals;

/**
 * A cohort's groups for its secretary: the groups and who is in none, a suggestion to
 * look at before it is saved, groups made by hand, and moving people between them.
 */
@Controller
@RequestMapping("/secretary/cohorts/{id}/groups")
@OnRefusal("/secretary/cohorts/{id}/groups")
class CohortGroupsController {

	private static final String VIEW = "groups/cohort";

	private final GroupQueries queries;

	private final GroupEditing editing;

	private final MessageSource messages;

	CohortGroupsController(GroupQueries queries, GroupEditing editing, MessageSource messages) {
		this.queries = queries;
		this.editing = editing;
		this.messages = messages;
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		model.addAttribute("newGroupForm", NewGroupForm.empty());
		model.addAttribute("suggestForm", new SuggestForm(6));
		return page(id, model, null);
	}

	/**
	 * The suggestion for a group size, shown under the groups with the button that saves
	 * exactly it; nothing is saved yet.
	 */
	@GetMapping("/suggestion")
	String suggestion(@PathVariable long id, @Valid @ModelAttribute("suggestForm") SuggestForm form,
			BindingResult errors, Model model) {
		model.addAttribute("newGroupForm", NewGroupForm.empty());
		return page(id, model, errors.hasErrors() ? null : form);
	}

	@PostMapping("/form")
	String form(@PathVariable long id, @ModelAttribute FormGroupsForm form) {
		String prefix = messages.getMessage("groups.defaultName", null, LocaleContextHolder.getLocale());
		int formed = editing.form(id, form.assignment(), prefix);
		Flash.success("groups.formed", formed);
		return "redirect:/secretary/cohorts/" + id + "/groups";
	}

	@PostMapping
	String create(@PathVariable long id, @Valid @ModelAttribute("newGroupForm") NewGroupForm form, BindingResult errors,
			Model model) {
		if (Refusals.applied(errors, () -> editing.create(id, String.valueOf(form.name())))) {
			Flash.success("groups.created", form.name());
			return "redirect:/secretary/cohorts/" + id + "/groups";
		}
		model.addAttribute("suggestForm", new SuggestForm(6));
		return page(id, model, null);
	}

	/** Puts a participant in a group (out of any other of the cohort). */
	@PostMapping("/move")
	String move(@PathVariable long id, @RequestParam long person, @RequestParam long group) {
		editing.move(id, person, group);
		Flash.success("groups.moved");
		return "redirect:/secretary/cohorts/" + id + "/groups#group-" + group;
	}

	private String page(long id, Model model, @org.jspecify.annotations.Nullable SuggestForm suggest) {
		model.addAttribute("page", queries.ofCohort(id));
		if (suggest != null) {
			model.addAttribute("suggestion", queries.suggest(id, suggest.sizeOrDefault()));
		}
		return VIEW;
	}

}
