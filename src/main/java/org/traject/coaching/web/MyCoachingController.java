package org.traject.coaching.web;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.coaching.internal.Appointments;
import org.traject.coaching.internal.CoachProfiles;
import org.traject.coaching.internal.Entitlements;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;
import org.traject.web.ProviderTimeZone;
import org.traject.web.Refusals;

/**
 * A participant's coaching: their entitlements and appointments, booking a free slot of a
 * coach in their own time zone, rescheduling and cancelling until the deadline. Another
 * participant's appointment does not exist for them (404).
 */
@Controller
class MyCoachingController {

	private final Entitlements entitlements;

	private final Appointments appointments;

	private final CoachProfiles profiles;

	private final ProviderTimeZone providerZone;

	MyCoachingController(Entitlements entitlements, Appointments appointments, CoachProfiles profiles,
			ProviderTimeZone providerZone) {
		this.providerZone = providerZone;
		this.entitlements = entitlements;
		this.appointments = appointments;
		this.profiles = profiles;
	}

	@GetMapping("/my/coaching")
	String overview(Actor actor, Model model) {
		long me = actor.requirePersonId();
		model.addAttribute("entitlements", entitlements.of(me));
		model.addAttribute("appointments", appointments.ofParticipant(me));
		model.addAttribute("zone", providerZone.id());
		return "coaching/my";
	}

	@GetMapping("/my/coaching/book")
	String book(Actor actor, @RequestParam(required = false) @Nullable Long programme,
			@RequestParam(required = false) @Nullable Long coach, @RequestParam(required = false) @Nullable String zone,
			Model model) {
		model.addAttribute("bookForm", new Forms.BookForm(programme, coach, null));
		return bookPage(actor, zone, model);
	}

	@PostMapping("/my/coaching/appointments")
	String create(Actor actor, @Valid @ModelAttribute("bookForm") Forms.BookForm form, BindingResult errors,
			@RequestParam(required = false) @Nullable String zone, Model model) {
		var shown = Forms.rescue(errors, form, new Forms.BookForm(null, null, null), model);
		errors = Forms.errors(errors, model);
		if (!errors.hasFieldErrors("startsAt") && shown.start().isEmpty()) {
			errors.rejectValue("startsAt", "coaching.book.chooseSlot");
		}
		var booked = Refusals.attempt(errors,
				() -> appointments.book(actor, actor.requirePersonId(), Objects.requireNonNull(shown.programmeId()),
						Objects.requireNonNull(shown.coachId()), shown.start().orElseThrow()));
		if (booked.isEmpty()) {
			return bookPage(actor, zone, model);
		}
		Flash.success("coaching.flash.booked");
		return "redirect:/my/coaching/appointments/" + booked.get();
	}

	@GetMapping("/my/coaching/appointments/{id}")
	String appointment(Actor actor, @PathVariable long id, @RequestParam(required = false) @Nullable String zone,
			Model model) {
		var appointment = appointments.ofParticipant(actor.requirePersonId(), id)
			.orElseThrow(() -> new NoSuchElementException("Not your appointment: " + id));
		String shown = SlotChoices.zone(zone, SlotChoices.zoneOf(entitlements.of(actor.requirePersonId()),
				appointment.programmeId(), providerZone.id()));
		model.addAttribute("appointment", appointment);
		model.addAttribute("zone", shown);
		model.addAttribute("zones", Forms.ZONES);
		model.addAttribute("changeable", appointments.changeable(appointment));
		model.addAttribute("changeableUntil", appointments.changeableUntil(appointment));
		model.addAttribute("hours", appointments.changeDeadlineHours());
		if (appointments.changeable(appointment)) {
			model.addAttribute("choices", SlotChoices.of(appointments.freeSlotsFor(appointment),
					Map.of(appointment.coachId(), appointment.coachName()), shown));
		}
		return "coaching/appointment";
	}

	@PostMapping("/my/coaching/appointments/{id}/reschedule")
	@OnRefusal("/my/coaching/appointments/{id}")
	String reschedule(Actor actor, @PathVariable long id, @RequestParam java.time.Instant startsAt) {
		appointments.reschedule(actor.requirePersonId(), id, startsAt);
		Flash.success("coaching.flash.rescheduled");
		return "redirect:/my/coaching/appointments/" + id;
	}

	@PostMapping("/my/coaching/appointments/{id}/cancel")
	@OnRefusal("/my/coaching/appointments/{id}")
	String cancel(Actor actor, @PathVariable long id) {
		appointments.cancel(actor.requirePersonId(), id);
		Flash.success("coaching.flash.cancelled");
		return "redirect:/my/coaching";
	}

	private String bookPage(Actor actor, @Nullable String zone, Model model) {
		var form = (Forms.BookForm) Objects.requireNonNull(model.getAttribute("bookForm"));
		var mine = entitlements.of(actor.requirePersonId());
		var chosen = mine.stream().filter(e -> Objects.equals(e.programmeId(), form.programmeId())).findFirst();
		model.addAttribute("entitlements", mine);
		model.addAttribute("zones", Forms.ZONES);
		chosen.ifPresent(entitlement -> {
			String shown = SlotChoices.zone(zone, entitlement.timeZone());
			var coaches = profiles.published(entitlement.programmeId());
			Map<Long, String> names = coaches.stream()
				.collect(Collectors.toMap(CoachProfiles.CoachProfile::coachId, CoachProfiles.CoachProfile::name));
			model.addAttribute("entitlement", entitlement);
			model.addAttribute("coaches", coaches);
			model.addAttribute("zone", shown);
			if (form.coachId() != null && names.containsKey(form.coachId())) {
				model.addAttribute("choices", SlotChoices
					.of(appointments.freeSlots(entitlement.programmeId(), form.coachId()), names, shown));
			}
		});
		return "coaching/book";
	}

}
