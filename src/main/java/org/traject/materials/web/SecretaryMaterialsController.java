package org.traject.materials.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.traject.cohorts.CohortRoster;
import org.traject.cohorts.Cohorts;
import org.traject.materials.MaterialView;
import org.traject.materials.internal.MaterialStore;
import org.traject.web.Download;
import org.traject.web.Flash;

/**
 * A cohort's materials for the course secretary: the programme's and the cohort's own,
 * adding and removing them, and for pre-work who handed in what.
 */
@Controller
class SecretaryMaterialsController {

	private static final String VIEW = "materials/secretary";

	private final Cohorts cohorts;

	private final MaterialStore store;

	SecretaryMaterialsController(Cohorts cohorts, MaterialStore store) {
		this.cohorts = cohorts;
		this.store = store;
	}

	@GetMapping("/secretary/cohorts/{id}/materials")
	String list(@PathVariable long id, Model model) {
		if (!model.containsAttribute("materialForm")) {
			model.addAttribute("materialForm", MaterialForm.empty());
		}
		return page(roster(id), model);
	}

	@PostMapping("/secretary/cohorts/{id}/materials")
	String add(@PathVariable long id, @Valid @ModelAttribute("materialForm") MaterialForm form, BindingResult errors,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile upload, Model model) {
		var roster = roster(id);
		boolean file = Uploads.given(upload);
		if (file) {
			String problem = Uploads.problem(upload);
			if (problem != null) {
				errors.rejectValue("url", problem, problem);
			}
		}
		if (!file && form.link() == null && !errors.hasFieldErrors("url")) {
			errors.rejectValue("url", "materials.form.linkOrFile", "materials.form.linkOrFile");
		}
		if (errors.hasErrors()) {
			return page(roster, model);
		}
		store.add(roster.programme().id(), form.forWholeProgramme() ? null : roster.cohort().id(), form.title(),
				form.neededWhenText(), file ? null : form.link(), file ? Uploads.of(upload) : null, form.handInBy());
		Flash.success("materials.added");
		return "redirect:/secretary/cohorts/" + id + "/materials";
	}

	@PostMapping("/secretary/cohorts/{id}/materials/{materialId}/remove")
	String remove(@PathVariable long id, @PathVariable long materialId) {
		var roster = roster(id);
		if (!store.remove(roster.programme().id(), materialId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Flash.success("materials.removed");
		return "redirect:/secretary/cohorts/" + id + "/materials";
	}

	/** A participant's hand-in, for the secretary of a cohort the participant is in. */
	@GetMapping("/secretary/cohorts/{id}/materials/{materialId}/hand-ins/{personId}")
	ResponseEntity<byte[]> handIn(@PathVariable long id, @PathVariable long materialId, @PathVariable long personId) {
		var roster = roster(id);
		boolean inCohort = roster.lines().stream().anyMatch(l -> l.personId() == personId);
		boolean ofCohort = store.ofCohort(roster.programme().id(), id).stream().anyMatch(m -> m.id() == materialId);
		var file = (inCohort && ofCohort ? store.handInFile(materialId, personId)
				: java.util.Optional.<MaterialStore.StoredFile>empty())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return Download.attachment(file.data(), file.name(), MediaType.parseMediaType(file.contentType()));
	}

	private String page(CohortRoster roster, Model model) {
		var materials = store.ofCohort(roster.programme().id(), roster.cohort().id());
		model.addAttribute("roster", roster);
		model.addAttribute("materials", materials);
		// by material, then by person
		var handIns = new java.util.HashMap<Long, java.util.Map<Long, MaterialStore.HandIn>>();
		store.handIns(materials.stream().filter(MaterialView::asksHandIn).map(MaterialView::id).toList())
			.forEach((material, list) -> handIns.put(material,
					list.stream().collect(java.util.stream.Collectors.toMap(MaterialStore.HandIn::personId, h -> h))));
		model.addAttribute("handIns", handIns);
		return VIEW;
	}

	private CohortRoster roster(long cohortId) {
		if (cohorts.find(cohortId).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return cohorts.roster(cohortId);
	}

}
