package org.traject.cohorts.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.cohorts.internal.CohortEditing;

/**
 * The cohort editor's page (settings above, sessions below), shown fresh or again with
 * one of its forms' errors, and the cross-field rules both forms share.
 */
@Component
class CohortEditPage {

	static final List<String> TIME_ZONES = List.of("Europe/Amsterdam", "Europe/Copenhagen");

	private final CohortEditing editing;

	private final Catalogue catalogue;

	CohortEditPage(CohortEditing editing, Catalogue catalogue) {
		this.editing = editing;
		this.catalogue = catalogue;
	}

	String show(Cohorts.CohortView cohort, Model model) {
		choices(model);
		model.addAttribute("cohort", cohort);
		model.addAttribute("programme", programme(cohort.programmeId()));
		return "cohorts/edit";
	}

	static void choices(Model model) {
		model.addAttribute("timeZones", TIME_ZONES);
		model.addAttribute("seatReleases", SeatRelease.values());
	}

	Catalogue.ProgrammeView programme(long id) {
		return catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	Cohorts.CohortView cohort(long id) {
		return editing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The settings' own rules (end after start and the like), beside their fields. */
	static void checkRules(CohortForm form, BindingResult result) {
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

}
