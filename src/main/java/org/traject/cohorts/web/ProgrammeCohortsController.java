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
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.InterestLists;
import org.traject.web.Flash;
import org.traject.web.ProviderTimeZone;

/**
 * A programme's cohorts for its secretaries: the list with the programme's interest list,
 * and a new cohort (its settings; sessions are added on its edit page).
 */
@Controller
@RequestMapping("/secretary/programmes/{programmeId}/cohorts")
class ProgrammeCohortsController {

	private final CohortEditing editing;

	private final CohortEditPage page;

	private final InterestLists interestLists;

	private final ProviderTimeZone timeZone;

	ProgrammeCohortsController(CohortEditing editing, CohortEditPage page, InterestLists interestLists,
			ProviderTimeZone timeZone) {
		this.editing = editing;
		this.page = page;
		this.interestLists = interestLists;
		this.timeZone = timeZone;
	}

	@GetMapping
	String list(@PathVariable long programmeId, Model model) {
		model.addAttribute("programme", page.programme(programmeId));
		model.addAttribute("cohorts", editing.ofProgramme(programmeId));
		// the interest list is there before any cohort is: it is who to tell when the
		// first one opens
		model.addAttribute("interest", interestLists.ofProgramme(programmeId));
		return "cohorts/edit-list";
	}

	@GetMapping("/new")
	String newCohort(@PathVariable long programmeId, Model model) {
		var programme = page.programme(programmeId);
		model.addAttribute("programme", programme);
		model.addAttribute("cohortForm",
				CohortForm.empty("da".equals(programme.language()) ? "Europe/Copenhagen" : timeZone.id()));
		CohortEditPage.choices(model);
		return "cohorts/edit-new";
	}

	@PostMapping
	String create(@PathVariable long programmeId, @Valid @ModelAttribute("cohortForm") CohortForm form,
			BindingResult result, Model model) {
		var programme = page.programme(programmeId);
		CohortEditPage.checkRules(form, result);
		if (CohortEditPage.bound(result) && !result.hasFieldErrors("code")
				&& editing.exists(programmeId, form.code())) {
			result.rejectValue("code", "cohorts.form.code.taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("programme", programme);
			CohortEditPage.choices(model);
			return "cohorts/edit-new";
		}
		long id = editing.create(programmeId, form.toSettings());
		Flash.success("cohorts.flash.created");
		return "redirect:/secretary/cohorts/" + id + "/edit";
	}

}
