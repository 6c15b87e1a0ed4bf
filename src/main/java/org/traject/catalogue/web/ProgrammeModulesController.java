package org.traject.catalogue.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.web.Flash;
import org.traject.web.Htmx;

/**
 * A programme's modules on its edit page: add one, move it up or down, remove it. With
 * htmx a move or removal swaps the module list in place.
 */
@Controller
@RequestMapping("/secretary/programmes/{id}/modules")
class ProgrammeModulesController {

	private final ProgrammeEditing editing;

	private final ProgrammeEditPage page;

	ProgrammeModulesController(ProgrammeEditing editing, ProgrammeEditPage page) {
		this.editing = editing;
		this.page = page;
	}

	@PostMapping
	String addModule(@PathVariable long id, @Valid @ModelAttribute("moduleForm") ModuleForm form, BindingResult result,
			Model model, Locale locale) {
		var programme = page.programme(id);
		if (result.hasErrors()) {
			model.addAttribute("programmeForm", ProgrammeForm.of(programme));
			return page.show(programme, model, locale);
		}
		editing.addModule(id, form.moduleType(), form.moduleTitle(), form.dayCount(), form.moduleDescription());
		Flash.success("catalogue.flash.moduleAdded");
		return "redirect:/secretary/programmes/" + id + "#modules";
	}

	@PostMapping("/{moduleId}/move")
	String moveModule(@PathVariable long id, @PathVariable long moduleId, @RequestParam String direction,
			HttpServletRequest request, Model model) {
		editing.moveModule(id, moduleId, "up".equals(direction) ? -1 : 1);
		return modulesOrRedirect(id, request, model);
	}

	@PostMapping("/{moduleId}/remove")
	String removeModule(@PathVariable long id, @PathVariable long moduleId, HttpServletRequest request, Model model) {
		editing.removeModule(id, moduleId);
		return modulesOrRedirect(id, request, model);
	}

	private String modulesOrRedirect(long id, HttpServletRequest request, Model model) {
		if (Htmx.isHtmxRequest(request)) {
			model.addAttribute("programme", page.programme(id));
			return "catalogue/edit :: modules";
		}
		return "redirect:/secretary/programmes/" + id + "#modules";
	}

}
