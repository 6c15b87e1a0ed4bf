package org.traject.coaching.web;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ModuleType;
import org.traject.coaching.internal.Appointments;
import org.traject.coaching.internal.CoachProfiles;
import org.traject.coaching.internal.CoachingRefusal;
import org.traject.coaching.internal.Entitlements;
import org.traject.people.ActingAs;
import org.traject.people.Actor;
import org.traject.people.Actor.Capacity;
import org.traject.people.People;
import org.traject.web.Flash;
import org.traject.web.ProviderTimeZone;
import org.traject.web.Refusals;

/**
 * The secretary's view of coaching: appointments per programme and coach, each
 * participant's sessions used and left in a programme, and booking on someone's behalf.
 */
@Controller
class SecretaryCoachingController {

	private final Appointments appointments;

	private final Entitlements entitlements;

	private final CoachProfiles profiles;

	private final Catalogue catalogue;

	private final People people;

	private final ProviderTimeZone zone;

	SecretaryCoachingController(Appointments appointments, Entitlements entitlements, CoachProfiles profiles,
			Catalogue catalogue, People people, ProviderTimeZone zone) {
		this.appointments = appointments;
		this.entitlements = entitlements;
		this.profiles = profiles;
		this.catalogue = catalogue;
		this.people = people;
		this.zone = zone;
	}

	@GetMapping("/secretary/coaching")
	String overview(@RequestParam(required = false) @Nullable Long programme,
			@RequestParam(required = false) @Nullable Long coach, Model model) {
		var programmes = catalogue.publishedWithModule(ModuleType.COACHING_SESSION);
		var chosen = programmes.stream().filter(p -> Objects.equals(p.id(), programme)).findFirst();
		model.addAttribute("programmes", programmes);
		model.addAttribute("programme", chosen.orElse(null));
		model.addAttribute("coach", coach);
		model.addAttribute("zone", zone.id());
		model.addAttribute("appointments",
				appointments.all(chosen.map(Catalogue.ProgrammeView::id).orElse(null), coach));
		chosen.ifPresent(p -> {
			model.addAttribute("coaches", profiles.published(p.id()));
			model.addAttribute("uses", entitlements.uses(p.id()));
		});
		return "coaching/secretary";
	}

	@GetMapping("/secretary/coaching/book")
	String bookForm(@RequestParam long programme, @RequestParam(required = false) @Nullable Long coach, Model model) {
		model.addAttribute("onBehalfForm", new Forms.OnBehalfForm("", programme, coach, null));
		return page(model);
	}

	@PostMapping("/secretary/coaching/appointments")
	String book(@ActingAs(Capacity.SECRETARY) Actor actor,
			@Valid @ModelAttribute("onBehalfForm") Forms.OnBehalfForm form, BindingResult errors, Model model) {
		var shown = Forms.rescue(errors, form, new Forms.OnBehalfForm("", null, null, null), model);
		errors = Forms.errors(errors, model);
		if (!errors.hasFieldErrors("startsAt") && shown.start().isEmpty()) {
			errors.rejectValue("startsAt", "coaching.book.chooseSlot");
		}
		var booked = Refusals.attempt(errors, () -> {
			var person = people.findByEmail(shown.email())
				.orElseThrow(() -> new CoachingRefusal("email", "coaching.onBehalf.unknown"));
			appointments.book(actor, person.id(), Objects.requireNonNull(shown.programmeId()),
					Objects.requireNonNull(shown.coachId()), shown.start().orElseThrow());
			return person.displayName();
		});
		if (booked.isEmpty()) {
			return page(model);
		}
		Flash.success("coaching.flash.bookedFor", booked.get());
		return "redirect:/secretary/coaching?programme=" + shown.programmeId();
	}

	private String page(Model model) {
		var form = (Forms.OnBehalfForm) Objects.requireNonNull(model.getAttribute("onBehalfForm"));
		var programme = form.programmeId() == null ? null
				: catalogue.publishedWithModule(ModuleType.COACHING_SESSION)
					.stream()
					.filter(p -> p.id() == form.programmeId())
					.findFirst()
					.orElse(null);
		if (programme == null) {
			throw new java.util.NoSuchElementException("No coaching programme " + form.programmeId());
		}
		var coaches = profiles.published(programme.id());
		Map<Long, String> names = coaches.stream()
			.collect(Collectors.toMap(CoachProfiles.CoachProfile::coachId, CoachProfiles.CoachProfile::name));
		model.addAttribute("programme", programme);
		model.addAttribute("coaches", coaches);
		if (form.coachId() != null && names.containsKey(form.coachId())) {
			model.addAttribute("choices",
					SlotChoices.of(appointments.freeSlots(programme.id(), form.coachId()), names, zone.id()));
		}
		return "coaching/secretary-book";
	}

}
