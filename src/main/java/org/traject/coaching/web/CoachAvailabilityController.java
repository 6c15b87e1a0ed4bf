package org.traject.coaching.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.coaching.internal.Availability;
import org.traject.coaching.internal.CoachProfiles;
import org.traject.people.ActingAs;
import org.traject.people.Actor;
import org.traject.people.Actor.Capacity;
import org.traject.web.Flash;
import org.traject.web.Refusals;

/**
 * The coach's availability: weekly slots, single slots and blocked dates, each added by a
 * form of its own on one page and removed with a button.
 */
@Controller
class CoachAvailabilityController {

	private final Availability availability;

	private final CoachProfiles profiles;

	CoachAvailabilityController(Availability availability, CoachProfiles profiles) {
		this.availability = availability;
		this.profiles = profiles;
	}

	@GetMapping("/coach/availability")
	String page(@ActingAs(Capacity.COACH) Actor actor, Model model) {
		return page(actor, model, true);
	}

	@PostMapping("/coach/availability/weekly")
	String addWeekly(@ActingAs(Capacity.COACH) Actor actor, @Valid @ModelAttribute("weeklyForm") Forms.WeeklyForm form,
			BindingResult errors, Model model) {
		var weekly = Forms.rescue(errors, form, Forms.WeeklyForm.empty(LocalDate.now()), model);
		errors = Forms.errors(errors, model);
		if (Refusals.applied(errors,
				() -> availability.addWeekly(actor.requirePersonId(),
						new Availability.Weekly(Objects.requireNonNull(weekly.day()),
								Objects.requireNonNull(weekly.startTime()), Objects.requireNonNull(weekly.validFrom()),
								weekly.validUntil(), Objects.requireNonNull(weekly.durationMinutes()),
								Objects.requireNonNull(weekly.mode()), weekly.place())))) {
			return done("coaching.flash.slotAdded");
		}
		return page(actor, model, false);
	}

	@PostMapping("/coach/availability/single")
	String addSingle(@ActingAs(Capacity.COACH) Actor actor, @Valid @ModelAttribute("singleForm") Forms.SingleForm form,
			BindingResult errors, Model model) {
		var single = Forms.rescue(errors, form, Forms.SingleForm.empty(), model);
		errors = Forms.errors(errors, model);
		ZoneId zone = ZoneId.of(profiles.ofCoach(actor.requirePersonId()).timeZone());
		if (!errors.hasFieldErrors("singleStartsAt") && single.start().isEmpty()) {
			errors.rejectValue("singleStartsAt", "coaching.form.dateTime");
		}
		if (Refusals.applied(errors, () -> availability.addSingle(actor.requirePersonId(),
				single.start().orElseThrow().atZone(zone).toInstant(), Objects.requireNonNull(single.singleDuration()),
				Objects.requireNonNull(single.singleMode()), single.singlePlace()))) {
			return done("coaching.flash.slotAdded");
		}
		return page(actor, model, false);
	}

	@PostMapping("/coach/availability/blocked")
	String block(@ActingAs(Capacity.COACH) Actor actor, @Valid @ModelAttribute("blockedForm") Forms.BlockedForm form,
			BindingResult errors, Model model) {
		var blocked = Forms.rescue(errors, form, new Forms.BlockedForm(null), model);
		errors = Forms.errors(errors, model);
		if (Refusals.applied(errors,
				() -> availability.block(actor.requirePersonId(), Objects.requireNonNull(blocked.blockedDay())))) {
			return done("coaching.flash.dateBlocked");
		}
		return page(actor, model, false);
	}

	@PostMapping("/coach/availability/{id}/remove")
	String remove(@ActingAs(Capacity.COACH) Actor actor, @PathVariable long id) {
		availability.remove(actor.requirePersonId(), id);
		return done("coaching.flash.slotRemoved");
	}

	@PostMapping("/coach/availability/blocked/remove")
	String unblock(@ActingAs(Capacity.COACH) Actor actor,
			@RequestParam @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate day) {
		availability.unblock(actor.requirePersonId(), day);
		return done("coaching.flash.dateUnblocked");
	}

	private String page(Actor actor, Model model, boolean freshForms) {
		long coach = actor.requirePersonId();
		var profile = profiles.ofCoach(coach);
		model.addAttribute("profile", profile);
		model.addAttribute("offers", availability.offers(coach));
		model.addAttribute("blocked", availability.blockedDates(coach));
		model.addAttribute("days", java.time.DayOfWeek.values());
		model.addAttribute("modes", org.traject.coaching.MeetingMode.values());
		LocalDate today = LocalDate.now(ZoneId.of(profile.timeZone()));
		if (freshForms || !model.containsAttribute("weeklyForm")) {
			model.addAttribute("weeklyForm", Forms.WeeklyForm.empty(today));
		}
		if (freshForms || !model.containsAttribute("singleForm")) {
			model.addAttribute("singleForm", Forms.SingleForm.empty());
		}
		if (freshForms || !model.containsAttribute("blockedForm")) {
			model.addAttribute("blockedForm", new Forms.BlockedForm(null));
		}
		return "coaching/availability";
	}

	private static String done(String flash) {
		Flash.success(flash);
		return "redirect:/coach/availability";
	}

}
