package org.traject.catalogue.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.traject.web.Flash;
import org.traject.catalogue.AccreditationRegister;
import org.traject.catalogue.internal.CareerPhase;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.internal.Programme;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.internal.Sector;
import org.traject.competencies.CompetencyProfiles;
import org.traject.web.Htmx;

/**
 * Secretaries and administrators create and edit programmes: details, modules (add,
 * reorder, remove), publish and archive. Each form carries the version it was loaded at;
 * a concurrent edit ends on the 409 page.
 */
@Controller
@RequestMapping("/secretary/programmes")
class ProgrammeEditController {

	private final ProgrammeEditing editing;

	private final CompetencyProfiles profiles;

	ProgrammeEditController(ProgrammeEditing editing, CompetencyProfiles profiles) {
		this.editing = editing;
		this.profiles = profiles;
	}

	@ModelAttribute
	void choices(Model model, java.util.Locale locale) {
		model.addAttribute("profileOptions", profiles.publishedVersions(locale));
		model.addAttribute("formats", ProgrammeFormat.values());
		model.addAttribute("phases", CareerPhase.values());
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("registers", AccreditationRegister.values());
		model.addAttribute("moduleTypes", ModuleType.values());
		model.addAttribute("languages", java.util.List.of("nl", "da", "en"));
		model.addAttribute("currencies", java.util.List.of("EUR", "DKK"));
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("programmes", editing.all());
		return "catalogue/edit-list";
	}

	@GetMapping("/new")
	String newProgramme(Model model) {
		model.addAttribute("programmeForm", ProgrammeForm.empty());
		return "catalogue/edit-new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("programmeForm") ProgrammeForm form, BindingResult result) {
		if (!result.hasFieldErrors("title") && editing.slugTaken(form.effectiveSlug(), null)) {
			result.rejectValue("slug", "catalogue.form.slug.taken");
		}
		if (result.hasErrors()) {
			return "catalogue/edit-new";
		}
		long id = editing.create(form.toDetails());
		Flash.success("catalogue.flash.created");
		return "redirect:/secretary/programmes/" + id;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		var programme = programme(id);
		model.addAttribute("programmeForm", ProgrammeForm.of(programme));
		model.addAttribute("moduleForm", ModuleForm.empty());
		return editPage(programme, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("programmeForm") ProgrammeForm form,
			BindingResult result, Model model) {
		var programme = programme(id);
		if (!result.hasFieldErrors("title") && editing.slugTaken(form.effectiveSlug(), id)) {
			result.rejectValue("slug", "catalogue.form.slug.taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("moduleForm", ModuleForm.empty());
			return editPage(programme, model);
		}
		editing.update(id, form.version(), form.toDetails());
		Flash.success("catalogue.flash.saved");
		return "redirect:/secretary/programmes/" + id;
	}

	@PostMapping("/{id}/modules")
	String addModule(@PathVariable long id, @Valid @ModelAttribute("moduleForm") ModuleForm form, BindingResult result,
			Model model) {
		var programme = programme(id);
		if (result.hasErrors()) {
			model.addAttribute("programmeForm", ProgrammeForm.of(programme));
			return editPage(programme, model);
		}
		editing.addModule(id, form.moduleType(), form.moduleTitle(), form.dayCount(), form.moduleDescription());
		Flash.success("catalogue.flash.moduleAdded");
		return "redirect:/secretary/programmes/" + id + "#modules";
	}

	@PostMapping("/{id}/modules/{moduleId}/move")
	String moveModule(@PathVariable long id, @PathVariable long moduleId, @RequestParam String direction,
			HttpServletRequest request, Model model) {
		editing.moveModule(id, moduleId, "up".equals(direction) ? -1 : 1);
		return modulesOrRedirect(id, request, model);
	}

	@PostMapping("/{id}/modules/{moduleId}/remove")
	String removeModule(@PathVariable long id, @PathVariable long moduleId, HttpServletRequest request, Model model) {
		editing.removeModule(id, moduleId);
		return modulesOrRedirect(id, request, model);
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version) {
		var programme = programme(id);
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
		programme(id);
		editing.archive(id, version);
		Flash.success("catalogue.flash.archived");
		return "redirect:/secretary/programmes/" + id;
	}

	private String modulesOrRedirect(long id, HttpServletRequest request, Model model) {
		if (Htmx.isHtmxRequest(request)) {
			var programme = programme(id);
			model.addAttribute("programme", programme);
			return "catalogue/edit :: modules";
		}
		return "redirect:/secretary/programmes/" + id + "#modules";
	}

	private String editPage(Programme programme, Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("contacts", editing.contacts(programme.getId()));
		return "catalogue/edit";
	}

	private Programme programme(long id) {
		return editing.findForEditing(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
