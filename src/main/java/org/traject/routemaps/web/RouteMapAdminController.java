package org.traject.routemaps.web;

import org.traject.web.Download;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;
import org.traject.web.Refusals;
import java.util.Locale;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.routemaps.Enums.Membership;
import org.traject.routemaps.internal.RouteMapEditing;
import org.traject.routemaps.internal.RouteMapPdfs;
import org.traject.routemaps.internal.RouteMapQueries;

/**
 * The administrator's route maps: the list, a new route map, a version (edited while a
 * draft, read-only once published), publishing, a new draft, and the printable cards.
 */
@Controller
@RequestMapping("/admin/route-maps")
class RouteMapAdminController {

	private final RouteMapQueries queries;

	private final RouteMapEditing editing;

	private final RouteMapPdfs pdfs;

	RouteMapAdminController(RouteMapQueries queries, RouteMapEditing editing, RouteMapPdfs pdfs) {
		this.queries = queries;
		this.editing = editing;
		this.pdfs = pdfs;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("routeMaps", queries.overview());
		return "routemaps/admin-list";
	}

	@GetMapping("/new")
	String newRouteMap(Model model) {
		model.addAttribute("versionForm", VersionForm.empty());
		return "routemaps/admin-new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("versionForm") VersionForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			return "routemaps/admin-new";
		}
		long draft = editing.create(null, form.texts(), false);
		Flash.success("routemaps.saved.created");
		return "redirect:/admin/route-maps/versions/" + draft;
	}

	@GetMapping("/versions/{id}")
	String version(@PathVariable long id, Model model) {
		var version = queries.version(id);
		model.addAttribute("version", version);
		if (!model.containsAttribute("versionForm")) {
			model.addAttribute("versionForm", VersionForm.of(version));
		}
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", StepForm.empty());
		}
		return "routemaps/admin-version";
	}

	@PostMapping("/versions/{id}")
	String updateTexts(@PathVariable long id, @Valid @ModelAttribute("versionForm") VersionForm form,
			BindingResult errors, Model model) {
		if (Refusals.applied(errors, () -> editing.updateTexts(id, form.texts()))) {
			Flash.success("routemaps.saved.texts");
			return "redirect:/admin/route-maps/versions/" + id;
		}
		return version(id, model);
	}

	@PostMapping("/versions/{id}/publish")
	@OnRefusal("/admin/route-maps/versions/{id}")
	String publish(@PathVariable long id) {
		editing.publish(id);
		Flash.success("routemaps.saved.published");
		return "redirect:/admin/route-maps/versions/" + id;
	}

	/** Editing a published route map starts from a new draft. */
	@PostMapping("/{routeMapId}/draft")
	String draft(@PathVariable long routeMapId) {
		long draft = editing.editableDraft(routeMapId);
		Flash.success("routemaps.saved.draft");
		return "redirect:/admin/route-maps/versions/" + draft;
	}

	@GetMapping(value = "/versions/{id}/cards.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> cards(@PathVariable long id, @RequestParam(required = false) @Nullable Integer step,
			@RequestParam(required = false) @Nullable Membership audience, Locale locale) {
		var version = queries.version(id);
		if (step != null) {
			version.step(step).orElseThrow();
		}
		return Download.attachment(pdfs.cards(version, step, audience, locale), "route-map-cards.pdf",
				MediaType.APPLICATION_PDF);
	}

}
