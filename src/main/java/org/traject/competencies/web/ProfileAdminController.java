package org.traject.competencies.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.ModelAndView;
import org.traject.competencies.internal.ImportProblem;
import org.traject.competencies.internal.ImportRejected;
import org.traject.competencies.internal.ProfileEditing;
import org.traject.people.ActingAs;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.Refusal;
import org.traject.web.RefusedInPlace;
import org.traject.web.Refusals;
import org.traject.competencies.internal.ProfileExchange;
import org.traject.competencies.internal.ProfileQueries;
import org.traject.web.SupportedLanguages;

import static org.traject.people.Actor.Capacity.ADMINISTRATOR;

/**
 * The list of profiles, creating and importing one, a profile's versions, comparing them,
 * and the audit log.
 */
@Controller
@RequestMapping("/admin/profiles")
class ProfileAdminController implements RefusedInPlace {

	private final ProfileQueries queries;

	private final ProfileEditing editing;

	private final ProfileExchange exchange;

	ProfileAdminController(ProfileQueries queries, ProfileEditing editing, ProfileExchange exchange) {
		this.queries = queries;
		this.editing = editing;
		this.exchange = exchange;
	}

	@GetMapping
	String list(Model model, Locale locale) {
		model.addAttribute("profiles", queries.overview(locale));
		return "competencies/list";
	}

	@GetMapping("/new")
	String newProfile(Model model, Locale locale) {
		model.addAttribute("profileForm", ProfileForm.empty(SupportedLanguages.closest(locale).getLanguage()));
		return "competencies/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult errors,
			@ActingAs(ADMINISTRATOR) Actor actor) {
		var details = form.details(errors);
		var draft = Refusals.attempt(errors, () -> editing.createProfile(actor, details));
		if (draft.isEmpty()) {
			return "competencies/new";
		}
		Flash.success("competencies.saved.created", draft.get().defaultText().name());
		return "redirect:/admin/profiles/versions/" + draft.get().getId();
	}

	@GetMapping("/{profileId}")
	String profile(@PathVariable long profileId, Model model, Locale locale) {
		var profile = queries.profile(profileId, locale);
		model.addAttribute("profile", profile);
		model.addAttribute("audit", queries.audit(profileId, 100));
		return "competencies/profile";
	}

	/** Without parameters: the previous version against the newest. */
	@GetMapping("/{profileId}/compare")
	String compare(@PathVariable long profileId, @RequestParam(required = false) @Nullable Long from,
			@RequestParam(required = false) @Nullable Long to, Model model, Locale locale) {
		var profile = queries.profile(profileId, locale);
		var versions = profile.versions();
		long newest = versions.get(versions.size() - 1).id();
		long previous = versions.get(Math.max(0, versions.size() - 2)).id();
		model.addAttribute("comparison",
				queries.compare(profileId, from == null ? previous : from, to == null ? newest : to, locale));
		return "competencies/compare";
	}

	@GetMapping("/audit")
	String audit(Model model) {
		model.addAttribute("entries", queries.recentAudit(200));
		return "competencies/audit";
	}

	@GetMapping("/import")
	String importForm() {
		return "competencies/import";
	}

	@PostMapping("/import")
	String importJson(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@ActingAs(ADMINISTRATOR) Actor actor, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("importProblems", List.of(new ImportProblem("-", "competencies.import.noFile")));
			return "competencies/import";
		}
		try (InputStream in = file.getInputStream()) {
			var draft = exchange.importJson(actor, in);
			Flash.success("competencies.import.json.done", draft.defaultText().name());
			return "redirect:/admin/profiles/versions/" + draft.getId();
		}
	}

	/**
	 * A file with problems comes back with each problem's place: nothing of it was added.
	 */
	@Override
	public @Nullable ModelAndView answerRefusal(Refusal refusal, HttpServletRequest request) {
		return refusal instanceof ImportRejected rejected
				? new ModelAndView("competencies/import", "importProblems", rejected.problems()) : null;
	}

}
