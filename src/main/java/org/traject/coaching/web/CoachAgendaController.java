package org.traject.coaching.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.coaching.AppointmentStatus;
import org.traject.coaching.internal.Appointments;
import org.traject.coaching.internal.CoachProfiles;
import org.traject.people.ActingAs;
import org.traject.people.Actor;
import org.traject.people.Actor.Capacity;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;

/**
 * The coach's agenda: appointments from a month ago on, and after an appointment has
 * started, buttons to mark it held or no-show.
 */
@Controller
class CoachAgendaController {

	private final Appointments appointments;

	private final CoachProfiles profiles;

	CoachAgendaController(Appointments appointments, CoachProfiles profiles) {
		this.appointments = appointments;
		this.profiles = profiles;
	}

	@GetMapping("/coach/appointments")
	String agenda(@ActingAs(Capacity.COACH) Actor actor, Model model) {
		long coach = actor.requirePersonId();
		model.addAttribute("zone", profiles.ofCoach(coach).timeZone());
		model.addAttribute("appointments", appointments.ofCoach(coach, Instant.now().minus(30, ChronoUnit.DAYS)));
		model.addAttribute("now", Instant.now());
		return "coaching/agenda";
	}

	@PostMapping("/coach/appointments/{id}/outcome")
	@OnRefusal("/coach/appointments")
	String outcome(@ActingAs(Capacity.COACH) Actor actor, @PathVariable long id,
			@RequestParam AppointmentStatus outcome) {
		appointments.recordOutcome(actor.requirePersonId(), id, outcome);
		Flash.success("coaching.flash.outcome." + outcome.name());
		return "redirect:/coach/appointments";
	}

}
