package org.traject.coaching.web;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ModuleType;
import org.traject.coaching.internal.CoachPhotos;
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

	private final CoachPhotos photos;

	CoachProfileController(CoachProfiles profiles, Catalogue catalogue, CoachPhotos photos) {
		this.profiles = profiles;
		this.catalogue = catalogue;
		this.photos = photos;
	}

	@GetMapping("/coach/profile")
	String profile(@ActingAs(Capacity.COACH) Actor actor, Model model) {
		model.addAttribute("profileForm", Forms.ProfileForm.of(profiles.ofCoach(actor.requirePersonId())));
		return page(actor, model);
	}

	/**
	 * A new photo, judged by its content; a wrong one comes back as a message beside the
	 * photo field.
	 */
	@PostMapping("/coach/profile/photo")
	String uploadPhoto(@ActingAs(Capacity.COACH) Actor actor,
			@RequestParam(name = "photo", required = false) @Nullable MultipartFile photo, Model model)
			throws IOException {
		byte[] content = photo == null || photo.getSize() > CoachPhotos.MAX_BYTES ? new byte[0] : photo.getBytes();
		String problem = CoachPhotos.problem(photo == null ? 0 : photo.getSize(), content);
		if (problem != null) {
			model.addAttribute("photoError", problem);
			return profile(actor, model);
		}
		photos.save(actor.requirePersonId(), content);
		Flash.success("coaching.flash.photoSaved");
		return "redirect:/coach/profile#photo";
	}

	@PostMapping("/coach/profile/photo/remove")
	String removePhoto(@ActingAs(Capacity.COACH) Actor actor) {
		photos.remove(actor.requirePersonId());
		Flash.success("coaching.flash.photoRemoved");
		return "redirect:/coach/profile#photo";
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
			return page(actor, model);
		}
		Flash.success("coaching.flash.profileSaved");
		return "redirect:/coach/profile";
	}

	private String page(Actor actor, Model model) {
		model.addAttribute("photoChangedAt", photos.changedAt(actor.requirePersonId()).orElse(null));
		model.addAttribute("photoMaxMegabytes", CoachPhotos.MAX_BYTES / (1024 * 1024));
		model.addAttribute("programmes", catalogue.publishedWithModule(ModuleType.COACHING_SESSION));
		model.addAttribute("languages", Forms.LANGUAGES);
		model.addAttribute("zones", Forms.ZONES);
		return "coaching/profile";
	}

}
