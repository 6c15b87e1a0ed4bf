package org.traject.cohorts.web;

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
import org.traject.cohorts.internal.CohortEditing;
import org.traject.web.Flash;

/**
 * Secretaries edit a cohort's settings and open it for sign-up. Cross-field rules (end
 * after start, minimum within capacity, enrolment closing before the start, capacity not
 * below the confirmed places) are shown beside the fields they concern, with everything
 * typed kept. Its sessions are {@link CohortSessionsController}'s, on the same page.
 */
@Controller
@RequestMapping("/secretary/cohorts/{id}")
class CohortEditController {

	private final CohortEditing editing;

	private final CohortEditPage page;

	CohortEditController(CohortEditing editing, CohortEditPage page) {
		this.editing = editing;
		this.page = page;
	}

	@GetMapping("/edit")
	String edit(@PathVariable long id, Model model) {
		var cohort = page.cohort(id);
		model.addAttribute("cohortForm", CohortForm.of(cohort));
		model.addAttribute("sessionForm", SessionForm.empty());
		return page.show(cohort, model);
	}

	@PostMapping("/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("cohortForm") CohortForm form, BindingResult result,
			Model model) {
		var cohort = page.cohort(id);
		CohortEditPage.checkRules(form, result);
		if (CohortEditPage.bound(result) && !result.hasFieldErrors("code") && !form.code().equals(cohort.code())
				&& editing.exists(cohort.programmeId(), form.code())) {
			result.rejectValue("code", "cohorts.form.code.taken");
		}
		if (CohortEditPage.bound(result) && !result.hasFieldErrors("capacity") && form.capacity() != null
				&& form.capacity() < cohort.confirmedCount()) {
			result.rejectValue("capacity", "cohorts.form.capacity.belowConfirmed",
					new Object[] { cohort.confirmedCount() }, null);
		}
		if (result.hasErrors()) {
			model.addAttribute("sessionForm", SessionForm.empty());
			return page.show(cohort, model);
		}
		editing.update(id, form.version(), form.toSettings());
		Flash.success("cohorts.flash.saved");
		return "redirect:/secretary/cohorts/" + id + "/edit";
	}

	@PostMapping("/open")
	String open(@PathVariable long id, @RequestParam long version) {
		page.cohort(id);
		editing.openForEnrolment(id, version);
		Flash.success("cohorts.flash.opened");
		return "redirect:/secretary/cohorts/" + id + "/edit";
	}

}
