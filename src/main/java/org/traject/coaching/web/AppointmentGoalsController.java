package org.traject.coaching.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.coaching.internal.AppointmentGoals;
import org.traject.coaching.internal.CoachProfiles;
import org.traject.people.ActingAs;
import org.traject.people.Actor;
import org.traject.people.Actor.Capacity;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;

/**
 * After an appointment is held, its coach links it to the goals of the participant's plan
 * that were discussed (when the participant shares the plan with them), and takes a link
 * back. Another coach's appointment, and a goal of another plan, do not exist (404).
 */
@Controller
@OnRefusal("/coach/appointments/{id}/goals")
class AppointmentGoalsController {

	private final AppointmentGoals goals;

	private final CoachProfiles profiles;

	AppointmentGoalsController(AppointmentGoals goals, CoachProfiles profiles) {
		this.goals = goals;
		this.profiles = profiles;
	}

	@GetMapping("/coach/appointments/{id}/goals")
	String page(@ActingAs(Capacity.COACH) Actor actor, @PathVariable long id, Model model) {
		long coach = actor.requirePersonId();
		model.addAttribute("linking", goals.of(coach, id));
		model.addAttribute("zone", profiles.ofCoach(coach).timeZone());
		return "coaching/appointment-goals";
	}

	@PostMapping("/coach/appointments/{id}/goals")
	String link(@ActingAs(Capacity.COACH) Actor actor, @PathVariable long id,
			@RequestParam(name = "goalIds", required = false) @Nullable List<Long> goalIds) {
		goals.link(actor.requirePersonId(), id, goalIds == null ? List.of() : goalIds);
		Flash.success("coaching.flash.goalsLinked");
		return "redirect:/coach/appointments/" + id + "/goals";
	}

	@PostMapping("/coach/appointments/{id}/goals/{goalId}/remove")
	String unlink(@ActingAs(Capacity.COACH) Actor actor, @PathVariable long id, @PathVariable long goalId) {
		goals.unlink(actor.requirePersonId(), id, goalId);
		Flash.success("coaching.flash.goalUnlinked");
		return "redirect:/coach/appointments/" + id + "/goals";
	}

}
