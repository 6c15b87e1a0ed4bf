package org.traject.cohorts.web;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.traject.web.Flash;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.internal.InterestLists;
import org.traject.cohorts.SeatRelease;
import org.traject.web.Formats;
import org.traject.web.ProviderTimeZone;

/**
 * Secretaries create and edit the cohorts of a programme and their sessions. Cross-field
 * rules (end after start, minimum within capacity, enrolment closing before the start,
 * sessions inside the cohort's dates) are shown beside the fields they concern, with
 * everything typed kept.
 */
@Controller
class CohortEditController {

	private static final java.util.List<String> TIME_ZONES = java.util.List.of("Europe/Amsterdam", "Europe/Copenhagen");

	private final CohortEditing editing;

	private final Catalogue catalogue;

	private final Formats formats;

	private final InterestLists interestLists;

	private final ProviderTimeZone timeZone;

	CohortEditController(CohortEditing editing, Catalogue catalogue, Formats formats, InterestLists interestLists,
			ProviderTimeZone timeZone) {
		this.editing = editing;
		this.catalogue = catalogue;
		this.formats = formats;
		this.interestLists = interestLists;
		this.timeZone = timeZone;
	}

	@ModelAttribute
	static void choices(Model model) {
		model.addAttribute("timeZones", TIME_ZONES);
		model.addAttribute("seatReleases", SeatRelease.values());
	}

	@GetMapping("/secretary/programmes/{programmeId}/cohorts")
	String list(@PathVariable long programmeId, Model model) {
		model.addAttribute("programme", programme(programmeId));
		model.addAttribute("cohorts", editing.ofProgramme(programmeId));
		// the interest list is there before any cohort is: it is who to tell when the
		// first one opens
		model.addAttribute("interest", interestLists.ofProgramme(programmeId));
		return "cohorts/edit-list";
	}

	@GetMapping("/secretary/programmes/{programmeId}/cohorts/new")
	String newCohort(@PathVariable long programmeId, Model model) {
		var programme = programme(programmeId);
		model.addAttribute("programme", programme);
		model.addAttribute("cohortForm",
				CohortForm.empty("da".equals(programme.language()) ? "Europe/Copenhagen" : timeZone.id()));
		return "cohorts/edit-new";
	}

	@PostMapping("/secretary/programmes/{programmeId}/cohorts")
	String create(@PathVariable long programmeId, @Valid @ModelAttribute("cohortForm") CohortForm form,
			BindingResult result, Model model) {
		var programme = programme(programmeId);
		checkRules(form, result);
		if (bound(result) && !result.hasFieldErrors("code") && editing.exists(programmeId, form.code())) {
			result.rejectValue("code", "cohorts.form.code.taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("programme", programme);
			return "cohorts/edit-new";
		}
		long id = editing.create(programmeId, form.toSettings());
		Flash.success("cohorts.flash.created");
		return "redirect:/secretary/cohorts/" + id + "/edit";
	}

	@GetMapping("/secretary/cohorts/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		var cohort = cohort(id);
		model.addAttribute("cohortForm", CohortForm.of(cohort));
		model.addAttribute("sessionForm", SessionForm.empty());
		return editPage(cohort, model);
	}

	@PostMapping("/secretary/cohorts/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("cohortForm") CohortForm form, BindingResult result,
			Model model) {
		var cohort = cohort(id);
		checkRules(form, result);
		if (bound(result) && !result.hasFieldErrors("code") && !form.code().equals(cohort.code())
				&& editing.exists(cohort.programmeId(), form.code())) {
			result.rejectValue("code", "cohorts.form.code.taken");
		}
		if (bound(result) && !result.hasFieldErrors("capacity") && form.capacity() != null
				&& form.capacity() < cohort.confirmedCount()) {
			result.rejectValue("capacity", "cohorts.form.capacity.belowConfirmed",
					new Object[] { cohort.confirmedCount() }, null);
		}
		if (result.hasErrors()) {
			model.addAttribute("sessionForm", SessionForm.empty());
			return editPage(cohort, model);
		}
		editing.update(id, form.version(), form.toSettings());
		Flash.success("cohorts.flash.saved");
		return "redirect:/secretary/cohorts/" + id + "/edit";
	}

	@PostMapping("/secretary/cohorts/{id}/open")
	String open(@PathVariable long id, @RequestParam long version) {
		cohort(id);
		editing.openForEnrolment(id, version);
		Flash.success("cohorts.flash.opened");
		return "redirect:/secretary/cohorts/" + id + "/edit";
	}

	private static void checkRules(CohortForm form, BindingResult result) {
		if (result.hasErrors()) {
			return;
		}
		for (var problem : form.toSettings().problems()) {
			result.rejectValue(problem.field(), problem.messageKey());
		}
	}

	/**
	 * Whether the form could be built: a value of the wrong type (a time of "ten
	 * o'clock") leaves no form, only the field errors and what was typed, which the page
	 * shows again.
	 */
	static boolean bound(BindingResult result) {
		return result.getTarget() != null;
	}

	String editPage(Cohorts.CohortView cohort, Model model) {
		model.addAttribute("cohort", cohort);
		model.addAttribute("programme", programme(cohort.programmeId()));
		return "cohorts/edit";
	}

	private Catalogue.ProgrammeView programme(long id) {
		return catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	Cohorts.CohortView cohort(long id) {
		return editing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
