package org.traject.catalogue.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.traject.catalogue.AccreditationRegister;
import org.traject.catalogue.CareerPhase;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.Sector;
import org.traject.catalogue.internal.Programme;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.competencies.CompetencyProfiles;

/**
 * The programme editor's page (details above, modules and contacts below) and the choices
 * its forms offer, shown fresh or again with one form's errors.
 */
@Component
class ProgrammeEditPage {

	private final ProgrammeEditing editing;

	private final CompetencyProfiles profiles;

	ProgrammeEditPage(ProgrammeEditing editing, CompetencyProfiles profiles) {
		this.editing = editing;
		this.profiles = profiles;
	}

	String show(Programme programme, Model model, Locale locale) {
		choices(model, locale);
		model.addAttribute("programme", programme);
		model.addAttribute("contacts", editing.contacts(programme.getId()));
		return "catalogue/edit";
	}

	/** What the details form offers to choose from. */
	void choices(Model model, Locale locale) {
		model.addAttribute("profileOptions", profiles.publishedVersions(locale));
		model.addAttribute("formats", ProgrammeFormat.values());
		model.addAttribute("phases", CareerPhase.values());
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("registers", AccreditationRegister.values());
		model.addAttribute("moduleTypes", ModuleType.values());
		model.addAttribute("languages", List.of("nl", "da", "en"));
		model.addAttribute("currencies", List.of("EUR", "DKK"));
	}

	Programme programme(long id) {
		return editing.findForEditing(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
