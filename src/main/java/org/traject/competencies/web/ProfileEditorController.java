package org.traject.competencies.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.traject.competencies.internal.Actor;
import org.traject.competencies.internal.ImportRejected;
import org.traject.competencies.internal.ProfileEditing;
import org.traject.competencies.internal.ProfileExchange;
import org.traject.competencies.internal.ProfileQueries;
import org.traject.competencies.internal.ProfileRuleException;
import org.traject.competencies.ProfileVersionView;
import org.traject.people.CurrentUser;
import org.traject.web.Htmx;

/**
 * One profile version: the editor while it is a draft, a read-only page with "edit" (make
 * a new draft), publish and retire once it is not. Every change carries the lock version
 * the form was rendered with.
 */
@Controller
@RequestMapping("/admin/profiles/versions/{id}")
class ProfileEditorController {

	private static final String EDITOR = "competencies/editor";

	private final ProfileEditing editing;

	private final ProfileQueries queries;

	private final ProfileExchange exchange;

	ProfileEditorController(ProfileEditing editing, ProfileQueries queries, ProfileExchange exchange) {
		this.editing = editing;
		this.queries = queries;
		this.exchange = exchange;
	}

	@GetMapping
	String show(@PathVariable long id, Model model, Locale locale) {
		return editor(id, model, locale);
	}

	@PostMapping
	String describe(@PathVariable long id, @Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
		var details = form.details(errors);
		if (changed(errors, () -> editing.describe(Actor.of(user), id, seen(form.version()), details))) {
			Rules.flash(redirect, "competencies.saved.profile");
			return "redirect:/admin/profiles/versions/" + id;
		}
		return editor(id, model, locale);
	}

	@PostMapping("/scale")
	String changeScale(@PathVariable long id, @Valid @ModelAttribute("scaleForm") ScaleForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
		if (changed(errors, () -> editing.changeScale(Actor.of(user), id, seen(form.version()), form.scale()))) {
			Rules.flash(redirect, "competencies.saved.scale");
			return "redirect:/admin/profiles/versions/" + id + "#scale";
		}
		return editor(id, model, locale);
	}

	/**
	 * Adds a level at the end (labelled with its number until the admin names it) or
	 * removes the last one.
	 */
	@PostMapping({ "/scale/add", "/scale/remove" })
	String resizeScale(@PathVariable long id, @RequestParam long version, HttpServletRequest request,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		var view = queries.snapshot(id, locale).view();
		var levels = new ArrayList<>(ScaleForm.of(view).scale());
		if (request.getRequestURI().endsWith("/add")) {
			int n = levels.size() + 1;
			levels.add(new org.traject.competencies.internal.ScaleLevel(n, Integer.toString(n), Integer.toString(n)));
		}
		else if (!levels.isEmpty()) {
			levels.remove(levels.size() - 1);
		}
		try {
			editing.changeScale(Actor.of(user), id, version, levels);
			Rules.flash(redirect, "competencies.saved.scale");
		}
		catch (ProfileRuleException ex) {
			Rules.flash(redirect, ex);
		}
		return "redirect:/admin/profiles/versions/" + id + "#scale";
	}

	@PostMapping("/clusters")
	String addCluster(@PathVariable long id, @Valid @ModelAttribute("clusterForm") ClusterForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (changed(errors, () -> editing.addCluster(Actor.of(user), id, seen(form.version()),
				String.valueOf(form.name()), form.description()))) {
			Rules.flash(redirect, "competencies.saved.clusterAdded", String.valueOf(form.name()));
			return "redirect:/admin/profiles/versions/" + id + "#structure";
		}
		return editor(id, model, locale);
	}

	@GetMapping("/clusters/{clusterId}")
	String clusterForm(@PathVariable long id, @PathVariable long clusterId, Model model, Locale locale) {
		var snapshot = queries.snapshot(id, locale);
		var cluster = cluster(snapshot.view(), clusterId);
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("cluster", cluster);
		model.addAttribute("clusterForm",
				new ClusterForm(cluster.name(), cluster.description(), snapshot.view().lockVersion()));
		return "competencies/cluster";
	}

	@PostMapping("/clusters/{clusterId}")
	String changeCluster(@PathVariable long id, @PathVariable long clusterId,
			@Valid @ModelAttribute("clusterForm") ClusterForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
		if (changed(errors, () -> editing.changeCluster(Actor.of(user), id, seen(form.version()), clusterId,
				String.valueOf(form.name()), form.description()))) {
			Rules.flash(redirect, "competencies.saved.cluster", String.valueOf(form.name()));
			return "redirect:/admin/profiles/versions/" + id + "#structure";
		}
		var snapshot = queries.snapshot(id, locale);
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("cluster", cluster(snapshot.view(), clusterId));
		return "competencies/cluster";
	}

	@PostMapping("/clusters/{clusterId}/move")
	String moveCluster(@PathVariable long id, @PathVariable long clusterId, @RequestParam long version,
			@RequestParam String direction, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			editing.moveCluster(Actor.of(user), id, version, clusterId, "up".equals(direction));
		}
		catch (ProfileRuleException ex) {
			Rules.flash(redirect, ex);
		}
		return afterMove(id, request, model, locale);
	}

	@PostMapping("/clusters/{clusterId}/delete")
	String removeCluster(@PathVariable long id, @PathVariable long clusterId, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			editing.removeCluster(Actor.of(user), id, version, clusterId);
			Rules.flash(redirect, "competencies.saved.clusterRemoved");
		}
		catch (ProfileRuleException ex) {
			Rules.flash(redirect, ex);
		}
		return "redirect:/admin/profiles/versions/" + id + "#structure";
	}

	@GetMapping("/competencies/new")
	String newCompetency(@PathVariable long id, @RequestParam(required = false) Long cluster, Model model,
			Locale locale) {
		var snapshot = queries.snapshot(id, locale);
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("competencyForm",
				new CompetencyForm(cluster, null, null, null, null, snapshot.view().lockVersion()));
		return "competencies/competency";
	}

	@PostMapping("/competencies")
	String addCompetency(@PathVariable long id, @Valid @ModelAttribute("competencyForm") CompetencyForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (changed(errors, () -> editing.addCompetency(Actor.of(user), id, seen(form.version()), form.details()))) {
			Rules.flash(redirect, "competencies.saved.competencyAdded", String.valueOf(form.name()));
			return "redirect:/admin/profiles/versions/" + id + "#structure";
		}
		model.addAttribute("snapshot", queries.snapshot(id, locale));
		return "competencies/competency";
	}

	@GetMapping("/competencies/{competencyId}")
	String competencyForm(@PathVariable long id, @PathVariable long competencyId, Model model, Locale locale) {
		var snapshot = queries.snapshot(id, locale);
		var view = snapshot.view();
		var form = view.clusters()
			.stream()
			.flatMap(c -> c.competencies()
				.stream()
				.filter(k -> k.id() == competencyId)
				.map(k -> CompetencyForm.of(c.id(), k, view.lockVersion())))
			.findFirst()
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND));
		model.addAttribute("snapshot", snapshot);
		model.addAttribute("competencyId", competencyId);
		model.addAttribute("competencyForm", form);
		return "competencies/competency";
	}

	@PostMapping("/competencies/{competencyId}")
	String changeCompetency(@PathVariable long id, @PathVariable long competencyId,
			@Valid @ModelAttribute("competencyForm") CompetencyForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect) {
		if (changed(errors, () -> editing.changeCompetency(Actor.of(user), id, seen(form.version()), competencyId,
				form.details()))) {
			Rules.flash(redirect, "competencies.saved.competency", String.valueOf(form.name()));
			return "redirect:/admin/profiles/versions/" + id + "#structure";
		}
		model.addAttribute("snapshot", queries.snapshot(id, locale));
		model.addAttribute("competencyId", competencyId);
		return "competencies/competency";
	}

	@PostMapping("/competencies/{competencyId}/move")
	String moveCompetency(@PathVariable long id, @PathVariable long competencyId, @RequestParam long version,
			@RequestParam String direction, @AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			editing.moveCompetency(Actor.of(user), id, version, competencyId, "up".equals(direction));
		}
		catch (ProfileRuleException ex) {
			Rules.flash(redirect, ex);
		}
		return afterMove(id, request, model, locale);
	}

	@PostMapping("/competencies/{competencyId}/delete")
	String removeCompetency(@PathVariable long id, @PathVariable long competencyId, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			editing.removeCompetency(Actor.of(user), id, version, competencyId);
			Rules.flash(redirect, "competencies.saved.competencyRemoved");
		}
		catch (ProfileRuleException ex) {
			Rules.flash(redirect, ex);
		}
		return "redirect:/admin/profiles/versions/" + id + "#structure";
	}

	@PostMapping("/competencies/import")
	String importCsv(@PathVariable long id, @RequestParam long version, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			int added = exchange.importCsv(Actor.of(user), id, version, in);
			Rules.flash(redirect, "competencies.import.csv.done", added);
			return "redirect:/admin/profiles/versions/" + id + "#structure";
		}
		catch (ImportRejected ex) {
			model.addAttribute("importProblems", ex.problems());
			return editor(id, model, locale);
		}
		catch (ProfileRuleException ex) {
			Rules.flash(redirect, ex);
			return "redirect:/admin/profiles/versions/" + id;
		}
	}

	@PostMapping("/publish")
	String publish(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			var published = editing.publish(Actor.of(user), id, version);
			Rules.flash(redirect, "competencies.saved.published", published.getNumber());
		}
		catch (ProfileRuleException ex) {
			Rules.flash(redirect, ex);
		}
		return "redirect:/admin/profiles/versions/" + id;
	}

	@PostMapping("/edit")
	String edit(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		var draft = editing.edit(Actor.of(user), id);
		if (draft.getId() != id) {
			Rules.flash(redirect, "competencies.saved.draft", draft.getNumber());
		}
		return "redirect:/admin/profiles/versions/" + draft.getId();
	}

	@PostMapping("/retire")
	String retire(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			editing.retire(Actor.of(user), id, version);
			Rules.flash(redirect, "competencies.saved.retired");
		}
		catch (ProfileRuleException ex) {
			Rules.flash(redirect, ex);
		}
		return "redirect:/admin/profiles/versions/" + id;
	}

	@PostMapping("/discard")
	String discard(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			editing.discardDraft(Actor.of(user), id, version);
			Rules.flash(redirect, "competencies.saved.discarded");
			return "redirect:/admin/profiles";
		}
		catch (ProfileRuleException ex) {
			Rules.flash(redirect, ex);
			return "redirect:/admin/profiles/versions/" + id;
		}
	}

	@GetMapping("/export.json")
	ResponseEntity<String> exportJson(@PathVariable long id) {
		return download(exchange.exportJson(id), MediaType.APPLICATION_JSON, "profile-" + id + ".json");
	}

	@GetMapping("/export.csv")
	ResponseEntity<String> exportCsv(@PathVariable long id) {
		return download(exchange.exportCsv(id), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				"competencies-" + id + ".csv");
	}

	private static ResponseEntity<String> download(String body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	/**
	 * htmx swaps the structure in place (and refreshes the lock version of the other
	 * forms); otherwise PRG.
	 */
	private String afterMove(long id, HttpServletRequest request, Model model, Locale locale) {
		if (Htmx.isHtmxRequest(request)) {
			model.addAttribute("snapshot", queries.snapshot(id, locale));
			return EDITOR + " :: moved";
		}
		return "redirect:/admin/profiles/versions/" + id + "#structure";
	}

	private String editor(long id, Model model, Locale locale) {
		var snapshot = queries.snapshot(id, locale);
		var view = snapshot.view();
		model.addAttribute("snapshot", snapshot);
		if (!model.containsAttribute("profileForm")) {
			model.addAttribute("profileForm",
					ProfileForm.of(view.defaultLanguage(), snapshot.texts(), view.lockVersion()));
		}
		if (!model.containsAttribute("scaleForm")) {
			model.addAttribute("scaleForm", ScaleForm.of(view));
		}
		if (!model.containsAttribute("clusterForm")) {
			model.addAttribute("clusterForm", ClusterForm.empty(view.lockVersion()));
		}
		return EDITOR;
	}

	private static ProfileVersionView.ClusterView cluster(ProfileVersionView view, long clusterId) {
		return view.clusters()
			.stream()
			.filter(c -> c.id() == clusterId)
			.findFirst()
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND));
	}

	/**
	 * Applies a change unless the form has errors; a change the rules refuse becomes an
	 * error beside its field.
	 */
	private static boolean changed(BindingResult errors, Runnable change) {
		if (errors.hasErrors()) {
			return false;
		}
		try {
			change.run();
			return true;
		}
		catch (ProfileRuleException ex) {
			Rules.reject(errors, ex);
			return false;
		}
	}

	/** A form without its lock version cannot prove it saw the current state. */
	private static long seen(Long version) {
		if (version == null) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(
					org.traject.competencies.internal.ProfileVersion.class, "unknown");
		}
		return version;
	}

}
