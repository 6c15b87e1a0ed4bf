package org.traject.cohorts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.people.ActingAs;
import org.traject.people.Actor;
import org.traject.people.Actor.Capacity;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;

/**
 * Cancelling a cohort asks first, on a page of its own: what will happen, a reason (told
 * to everyone enrolled), one button to go on and a link back that changes nothing. Works
 * without JavaScript.
 */
@Controller
@OnRefusal("/secretary/cohorts/{id}")
class CohortCancellationController {

	private static final int REASON_LIMIT = 500;

	private final EnrolmentAdministration administration;

	CohortCancellationController(EnrolmentAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/secretary/cohorts/{id}/cancel")
	String confirm(@PathVariable long id, Model model) {
		model.addAttribute("roster", administration.roster(id));
		model.addAttribute("reason", "");
		return "cohorts/cancel-cohort";
	}

	@PostMapping("/secretary/cohorts/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@ActingAs(Capacity.SECRETARY) Actor actor, Model model) {
		if (reason.isBlank() || reason.length() > REASON_LIMIT) {
			model.addAttribute("roster", administration.roster(id));
			model.addAttribute("reason", reason);
			model.addAttribute("reasonError",
					reason.isBlank() ? "enrolment.console.reasonRequired" : "cohortPage.cancel.reasonTooLong");
			return "cohorts/cancel-cohort";
		}
		administration.cancelCohort(id, actor, reason);
		Flash.success("enrolment.console.cohortCancelled");
		return "redirect:/secretary/cohorts/" + id;
	}

}
