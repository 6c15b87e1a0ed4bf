package org.traject.catalogue.web;

import java.util.Locale;

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
import org.traject.web.Flash;
import org.traject.catalogue.internal.ProgrammeEditing;

/**
 * Secretaries and administrators create and edit programmes: details, publish and archive
 * (the modules are {@link ProgrammeModulesController}'s, on the same page). Each form
 * carries the version it was loaded at; a concurrent edit ends on the 409 page.
 */
@Controller
@RequestMapping("/secretary/programmes")
class ProgrammeEditController {

	private final ProgrammeEditing editing;

	private final ProgrammeEditPage page;

	ProgrammeEditController(ProgrammeEditing editing, ProgrammeEditPage page) {
		this.editing = editing;
		this.page = page;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("programmes", editing.all());
		return "catalogue/edit-list";
	}

	@GetMapping("/new")
	String newProgramme(Model model, Locale locale) {
		model.addAttribute("programmeForm", ProgrammeForm.empty());
		page.choices(model, locale);
		return "catalogue/edit-new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("programmeForm") ProgrammeForm form, BindingResult result, Model model,
			Locale locale) {
		if (!result.hasFieldErrors("title") && editing.slugTaken(form.effectiveSlug(), null)) {
			result.rejectValue("slug", "catalogue.form.slug.taken");
		}
		if (result.hasErrors()) {
			page.choices(model, locale);
			return "catalogue/edit-new";
		}
		long id = editing.create(form.toDetails());
		Flash.success("catalogue.flash.created");
		return "redirect:/secretary/programmes/" + id;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model, Locale locale) {
		var programme = page.programme(id);
		model.addAttribute("programmeForm", ProgrammeForm.of(programme));
		model.addAttribute("moduleForm", ModuleForm.empty());
		return page.show(programme, model, locale);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("programmeForm") ProgrammeForm form,
			BindingResult result, Model model, Locale locale) {
		var programme = page.programme(id);
		if (!result.hasFieldErrors("title") && editing.slugTaken(form.effectiveSlug(), id)) {
			result.rejectValue("slug", "catalogue.form.slug.taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("moduleForm", ModuleForm.empty());
			return page.show(programme, model, locale);
		}
		editing.update(id, form.version(), form.toDetails());
		Flash.success("catalogue.flash.saved");
		return "redirect:/secretary/programmes/" + id;
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version) {
		var programme = page.programme(id);
		if (programme.getModules().isEmpty()) {
			Flash.error("catalogue.flash.needsModule");
			return "redirect:/secretary/programmes/" + id;
		}
		editing.publish(id, version);
		Flash.success("catalogue.flash.published");
		return "redirect:/secretary/programmes/" + id;
	}

	@PostMapping("/{id}/archive")
	String archive(@PathVariable long id, @RequestParam long version) {
		page.programme(id);
		editing.archive(id, version);
		Flash.success("catalogue.flash.archived");
		return "redirect:/secretary/programmes/" + id;
	}

}
