package org.traject.coaching.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ModuleType;
import org.traject.coaching.internal.CoachProfiles;
import org.traject.people.ActingAs;
import org.traject.people.Actor;
import org.traject.people.Actor.Capacity;
import org.traject.web.Flash;
import org.traject.web.Refusals;

/**
 * The coach's own profile: specialties, languages, region, how they work, the zone of
 * their weekly slots, the programmes they serve, and whether it is public.
 */
@Controller
class CoachProfileController {

	private final CoachProfiles profiles;

	private final Catalogue catalogue;

	CoachProfileController(CoachProfiles profiles, Catalogue catalogue) {
		this.profiles = profiles;
		this.catalogue = catalogue;
	}

	@GetMapping("/coach/profile")
	String profile(@ActingAs(Capacity.COACH) Actor actor, Model model) {
		model.addAttribute("profileForm", Forms.ProfileForm.of(profiles.ofCoach(actor.requirePersonId())));
		return page(model);
	}

	@PostMapping("/coach/profile")
	String save(@ActingAs(Capacity.COACH) Actor actor, @Valid @ModelAttribute("profileForm") Forms.ProfileForm form,
			BindingResult errors, Model model) {
		var shown = Forms.rescue(errors, form, new Forms.ProfileForm("", null, "", "", null, null, null, null), model);
		errors = Forms.errors(errors, model);
		var programmes = catalogue.publishedWithModule(ModuleType.COACHING_SESSION)
			.stream()
			.map(Catalogue.ProgrammeView::id)
			.toList();
		if (shown.timeZone() == null || !Forms.ZONES.contains(shown.timeZone())) {
			errors.rejectValue("timeZone", "coaching.form.required");
		}
		if (!Forms.LANGUAGES.containsAll(shown.languages())) {
			errors.rejectValue("languages", "coaching.form.required");
		}
		var chosen = shown.programmeIdList().orElse(List.of(-1L));
		if (!programmes.containsAll(chosen)) {
			errors.rejectValue("programmeIds", "coaching.form.required");
		}
		if (shown.specialtyList().stream().anyMatch(s -> s.length() > 80)) {
			errors.rejectValue("specialties", "coaching.form.tooLong");
		}
		boolean saved = Refusals.applied(errors,
				() -> profiles.save(actor.requirePersonId(),
						new CoachProfiles.ProfileChange(shown.specialtyList(), shown.languages(),
								shown.region().isBlank() ? null : shown.region(), shown.howIWork(),
								String.valueOf(shown.timeZone()), Boolean.TRUE.equals(shown.published()), chosen,
								shown.version() == null ? 0 : shown.version())));
		if (!saved) {
			return page(model);
		}
		Flash.success("coaching.flash.profileSaved");
		return "redirect:/coach/profile";
	}

	private String page(Model model) {
		model.addAttribute("programmes", catalogue.publishedWithModule(ModuleType.COACHING_SESSION));
		model.addAttribute("languages", Forms.LANGUAGES);
		model.addAttribute("zones", Forms.ZONES);
		return "coaching/profile";
	}

}
