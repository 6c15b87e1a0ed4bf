package org.traject.development.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.traject.competencies.CompetencyProfiles;
import org.traject.competencies.ProfileVersionView;
import org.traject.development.internal.Answers;
import org.traject.development.internal.Assessment;
import org.traject.development.internal.DevelopmentRuleException;
import org.traject.development.internal.MeasurementOverview;
import org.traject.development.internal.MeasurementResults;
import org.traject.development.internal.Measurements;
import org.traject.development.internal.Relation;
import org.traject.people.CurrentUser;
import org.traject.web.Htmx;
import org.traject.web.SupportedLanguages;

/**
 * The participant's measurements: start one, answer it cluster by cluster (saved as they
 * go, with or without JavaScript), hand it in, invite feedback, see the results and the
 * growth between two. Only the owner reaches any of them; for anyone else a measurement
 * does not exist.
 */
@Controller
@RequestMapping("/my/measurements")
class MeasurementController {

	private final Measurements measurements;

	private final MeasurementOverview overview;

	private final MeasurementResults results;

	private final CompetencyProfiles profiles;

	private final Answers answers;

	MeasurementController(Measurements measurements, MeasurementOverview overview, MeasurementResults results,
			CompetencyProfiles profiles, Answers answers) {
		this.measurements = measurements;
		this.overview = overview;
		this.results = results;
		this.profiles = profiles;
		this.answers = answers;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		model.addAttribute("overview", overview.of(user.personId(), locale));
		return "development/measurements";
	}

	@PostMapping
	String start(@RequestParam long profileVersionId, @RequestParam(required = false) @Nullable Long programmeId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			long id = measurements.start(user.personId(), profileVersionId, programmeId);
			return "redirect:/my/measurements/" + id;
		}
		catch (DevelopmentRuleException ex) {
			Flash.error(redirect, ex);
			return "redirect:/my/measurements";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		var assessment = measurements.own(id, user.personId());
		var profile = profile(assessment.getProfileVersionId(), locale);
		var given = answers.of(id);
		var clusters = profile.clusters()
			.stream()
			.map(c -> new ClusterProgress(c,
					(int) c.competencies().stream().filter(k -> complete(given, k.id())).count()))
			.toList();
		model.addAttribute("measurement", MeasurementResults.Summary.of(assessment));
		model.addAttribute("profile", profile);
		model.addAttribute("clusters", clusters);
		model.addAttribute("answered", clusters.stream().mapToInt(ClusterProgress::answered).sum());
		model.addAttribute("others",
				overview.of(user.personId(), locale)
					.submitted()
					.stream()
					.filter(i -> i.measurement().id() != id && i.profileId() == profile.profileId())
					.toList());
		return "development/measurement";
	}

	@GetMapping("/{id}/clusters/{clusterId}")
	String cluster(@PathVariable long id, @PathVariable long clusterId, @AuthenticationPrincipal CurrentUser user,
			Model model, Locale locale) {
		var assessment = measurements.own(id, user.personId());
		if (assessment.isSubmitted()) {
			return "redirect:/my/measurements/" + id + "/results";
		}
		clusterPage(assessment, clusterId, model, locale);
		return "development/cluster";
	}

	/**
	 * Saves every answer on the page; "save and continue" goes on to the next cluster.
	 */
	@PostMapping("/{id}/clusters/{clusterId}")
	String saveCluster(@PathVariable long id, @PathVariable long clusterId, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		var assessment = measurements.own(id, user.personId());
		var profile = profile(assessment.getProfileVersionId(), locale);
		var clusters = profile.clusters();
		int index = indexOf(clusters, clusterId);
		var given = new ArrayList<Answers.Answer>();
		for (var competency : clusters.get(index).competencies()) {
			given.add(answer(competency.id(), params));
		}
		try {
			measurements.saveAnswers(id, user.personId(), given);
		}
		catch (DevelopmentRuleException ex) {
			Flash.error(redirect, ex);
			return "redirect:/my/measurements/" + id;
		}
		Flash.success(redirect, "development.measurement.saved", measurements.answeredCount(id),
				profile.competencyCount());
		if ("continue".equals(params.get("next")) && index + 1 < clusters.size()) {
			return "redirect:/my/measurements/" + id + "/clusters/" + clusters.get(index + 1).id();
		}
		if ("continue".equals(params.get("next"))) {
			return "redirect:/my/measurements/" + id + "#submit";
		}
		return "redirect:/my/measurements/" + id + "/clusters/" + clusterId;
	}

	/**
	 * htmx saves one competency's answer as soon as it changes; the page's own form stays
	 * the fallback.
	 */
	@PostMapping("/{id}/answers/{competencyId}")
	String autosave(@PathVariable long id, @PathVariable long competencyId, @RequestParam Map<String, String> params,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model, Locale locale) {
		var assessment = measurements.own(id, user.personId());
		try {
			measurements.saveAnswers(id, user.personId(), List.of(answer(competencyId, params)));
		}
		catch (DevelopmentRuleException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, ex.messageKey());
		}
		if (!Htmx.isHtmxRequest(request)) {
			return "redirect:/my/measurements/" + id;
		}
		var profile = profile(assessment.getProfileVersionId(), locale);
		model.addAttribute("answered", measurements.answeredCount(id));
		model.addAttribute("total", profile.competencyCount());
		model.addAttribute("competencyId", competencyId);
		return "development/cluster :: saved";
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			measurements.submit(id, user.personId(), version);
		}
		catch (DevelopmentRuleException ex) {
			Flash.error(redirect, ex);
			return "redirect:/my/measurements/" + id;
		}
		Flash.success(redirect, "development.measurement.submitted");
		return "redirect:/my/measurements/" + id + "/results";
	}

	@GetMapping("/{id}/results")
	String results(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		var assessment = measurements.own(id, user.personId());
		if (!assessment.isSubmitted()) {
			return "redirect:/my/measurements/" + id;
		}
		model.addAttribute("results", results.of(assessment, locale, true));
		return "development/results";
	}

	@GetMapping("/{id}/compare/{otherId}")
	String compare(@PathVariable long id, @PathVariable long otherId, @AuthenticationPrincipal CurrentUser user,
			Model model, Locale locale) {
		var one = measurements.own(id, user.personId());
		var other = measurements.own(otherId, user.personId());
		if (!one.isSubmitted() || !other.isSubmitted() || id == otherId) {
			throw new NoSuchElementException("nothing to compare");
		}
		boolean oneFirst = one.getSubmittedAt().isBefore(other.getSubmittedAt());
		try {
			model.addAttribute("comparison",
					oneFirst ? results.compare(one, other, locale) : results.compare(other, one, locale));
		}
		catch (DevelopmentRuleException ex) {
			throw new NoSuchElementException(ex.messageKey());
		}
		return "development/compare";
	}

	@GetMapping("/{id}/feedback")
	String feedback(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		model.addAttribute("inviteForm", Forms.InviteForm.empty());
		return feedbackPage(id, user, model, locale);
	}

	@PostMapping("/{id}/feedback")
	String invite(@PathVariable long id, @Valid @ModelAttribute("inviteForm") Forms.InviteForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			String language = form.language() != null && SupportedLanguages.isSupported(form.language())
					? form.language() : SupportedLanguages.closest(locale).getLanguage();
			try {
				var invited = measurements.invite(id, user.personId(), form.relation(), form.name(), form.email(),
						language);
				// the FeedbackInvited event carries the link to the notifications module,
				// which emails it; the link is
				// shown here too, for an invitation that ends up in a spam folder
				Flash.success(redirect, "development.feedback.invited", form.name(), invited.link(), form.email());
				return "redirect:/my/measurements/" + id + "/feedback";
			}
			catch (DevelopmentRuleException ex) {
				Flash.reject(errors, ex);
			}
		}
		return feedbackPage(id, user, model, locale);
	}

	@PostMapping("/{id}/feedback/withdraw")
	String withdraw(@PathVariable long id, @RequestParam long invitation, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		try {
			measurements.withdraw(id, user.personId(), invitation);
			Flash.success(redirect, "development.feedback.withdrawn");
		}
		catch (DevelopmentRuleException ex) {
			Flash.error(redirect, ex);
		}
		return "redirect:/my/measurements/" + id + "/feedback";
	}

	private String feedbackPage(long id, CurrentUser user, Model model, Locale locale) {
		var assessment = measurements.own(id, user.personId());
		model.addAttribute("measurement", MeasurementResults.Summary.of(assessment));
		model.addAttribute("profile", profile(assessment.getProfileVersionId(), locale));
		model.addAttribute("invitations", measurements.invitations(id, user.personId()));
		model.addAttribute("relations", Relation.values());
		model.addAttribute("now", java.time.Instant.now());
		return "development/feedback";
	}

	private void clusterPage(Assessment assessment, long clusterId, Model model, Locale locale) {
		long id = assessment.getId();
		var profile = profile(assessment.getProfileVersionId(), locale);
		var clusters = profile.clusters();
		int index = indexOf(clusters, clusterId);
		model.addAttribute("measurement", MeasurementResults.Summary.of(assessment));
		model.addAttribute("profile", profile);
		model.addAttribute("cluster", clusters.get(index));
		model.addAttribute("clusterNumber", index + 1);
		model.addAttribute("previous", index > 0 ? clusters.get(index - 1) : null);
		model.addAttribute("next", index + 1 < clusters.size() ? clusters.get(index + 1) : null);
		model.addAttribute("answers", answers.of(id));
		model.addAttribute("answered", measurements.answeredCount(id));
	}

	private ProfileVersionView profile(long versionId, Locale locale) {
		return profiles.findVersion(versionId, locale).orElseThrow();
	}

	private static int indexOf(List<ProfileVersionView.ClusterView> clusters, long clusterId) {
		for (int i = 0; i < clusters.size(); i++) {
			if (clusters.get(i).id() == clusterId) {
				return i;
			}
		}
		throw new NoSuchElementException("cluster " + clusterId);
	}

	private static boolean complete(Map<Long, Answers.Answer> given, long competencyId) {
		var a = given.get(competencyId);
		return a != null && a.complete();
	}

	private static Answers.Answer answer(long competencyId, Map<String, String> params) {
		return new Answers.Answer(competencyId, number(params.get("level-" + competencyId)),
				number(params.get("affinity-" + competencyId)), params.get("comment-" + competencyId));
	}

	private static @Nullable Integer number(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	/** A cluster with how many of its competencies are answered. */
	record ClusterProgress(ProfileVersionView.ClusterView cluster, int answered) {

		public int total() {
			return cluster.competencies().size();
		}
	}

}
