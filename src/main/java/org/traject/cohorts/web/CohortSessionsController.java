package org.traject.cohorts.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.traject.web.Flash;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.web.Formats;

/**
 * The sessions of a cohort, on its edit page: adding one (on a day within the cohort,
 * ending after it starts, in the cohort's time zone) and removing one.
 */
@Controller
class CohortSessionsController {

	private final CohortEditing editing;

	private final CohortEditPage page;

	private final Formats formats;

	CohortSessionsController(CohortEditing editing, CohortEditPage page, Formats formats) {
		this.editing = editing;
		this.page = page;
		this.formats = formats;
	}

	@PostMapping("/secretary/cohorts/{id}/sessions")
	String addSession(@PathVariable long id, @Valid @ModelAttribute("sessionForm") SessionForm form,
			BindingResult result, Model model) {
		var cohort = page.cohort(id);
		if (CohortEditPage.bound(result) && form.sessionDate() != null
				&& (form.sessionDate().isBefore(cohort.startDate()) || form.sessionDate().isAfter(cohort.endDate()))) {
			result.rejectValue("sessionDate", "cohorts.form.sessionDate.outside",
					new Object[] { formats.date(cohort.startDate()), formats.date(cohort.endDate()) }, null);
		}
		if (CohortEditPage.bound(result) && form.sessionStart() != null && form.sessionEnd() != null
				&& !form.sessionEnd().isAfter(form.sessionStart())) {
			result.rejectValue("sessionEnd", "cohorts.form.endTime.afterStart");
		}
		if (result.hasErrors()) {
			model.addAttribute("cohortForm", CohortForm.of(cohort));
			return page.show(cohort, model);
		}
		var zone = cohort.zone();
		editing.addSession(id, form.programmeModuleId(), form.sessionTitle(),
				form.sessionDate().atTime(form.sessionStart()).atZone(zone).toInstant(),
				form.sessionDate().atTime(form.sessionEnd()).atZone(zone).toInstant(),
				form.sessionLocation().isBlank() ? null : form.sessionLocation());
		Flash.success("cohorts.flash.sessionAdded");
		return "redirect:/secretary/cohorts/" + id + "/edit#sessions";
	}

	@PostMapping("/secretary/cohorts/{id}/sessions/{sessionId}/remove")
	String removeSession(@PathVariable long id, @PathVariable long sessionId) {
		page.cohort(id);
		editing.removeSession(id, sessionId);
		Flash.success("cohorts.flash.sessionRemoved");
		return "redirect:/secretary/cohorts/" + id + "/edit#sessions";
	}

}
