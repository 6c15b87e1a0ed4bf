package org.traject.agenda.web;

import java.util.Comparator;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.traject.agenda.internal.ReminderSettings;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.Cohorts;
import org.traject.web.Flash;

/**
 * Per programme, the reminder before each session: how many days before (0: none) and
 * what to bring or prepare. For course secretaries.
 */
@Controller
class ProgrammeRemindersController {

	private static final String VIEW = "agenda/programme";

	private final ReminderSettings settings;

	private final Cohorts cohorts;

	private final Catalogue catalogue;

	ProgrammeRemindersController(ReminderSettings settings, Cohorts cohorts, Catalogue catalogue) {
		this.settings = settings;
		this.cohorts = cohorts;
		this.catalogue = catalogue;
	}

	/** The programmes with a current cohort and their reminder settings. */
	@GetMapping("/secretary/reminders")
	String index(Model model) {
		var programmes = cohorts.overview()
			.stream()
			.filter(c -> c.status() != CohortStatus.CANCELLED && c.status() != CohortStatus.COMPLETED)
			.map(c -> new ProgrammeLine(c.programmeId(), c.programmeTitle(), c.programmeLanguage()))
			.distinct()
			.sorted(Comparator.comparing(ProgrammeLine::title, String.CASE_INSENSITIVE_ORDER))
			.toList();
		model.addAttribute("programmes", programmes);
		model.addAttribute("settings", settings.ofProgrammes(programmes.stream().map(ProgrammeLine::id).toList()));
		return "agenda/programmes";
	}

	@GetMapping("/secretary/reminders/programmes/{programmeId}")
	String edit(@PathVariable long programmeId, Model model) {
		model.addAttribute("programme", programme(programmeId));
		model.addAttribute("reminderForm", ProgrammeReminderForm.of(settings.ofProgramme(programmeId)));
		return VIEW;
	}

	@PostMapping("/secretary/reminders/programmes/{programmeId}")
	ModelAndView save(@PathVariable long programmeId, @Valid @ModelAttribute("reminderForm") ProgrammeReminderForm form,
			BindingResult errors) {
		var programme = programme(programmeId);
		if (errors.hasErrors()) {
			return new ModelAndView(VIEW, "programme", programme);
		}
		if (!settings.save(programmeId, form.version(), form.days(), form.preparationText())) {
			// saved by someone else meanwhile: show theirs, to change again on top of it
			return new ModelAndView(VIEW, HttpStatus.CONFLICT).addObject("programme", programme)
				.addObject("reminderForm", ProgrammeReminderForm.of(settings.ofProgramme(programmeId)))
				.addObject("conflict", true);
		}
		Flash.success("agenda.programme.saved");
		return new ModelAndView("redirect:/secretary/reminders");
	}

	private Catalogue.ProgrammeView programme(long programmeId) {
		return catalogue.find(programmeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	record ProgrammeLine(long id, String title, String language) {
	}

}
