package org.traject.development.web;

import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.traject.competencies.CompetencyProfiles;
import org.traject.competencies.ProfileVersionView;
import org.traject.development.internal.Answers;
import org.traject.development.internal.MeasurementOverview;
import org.traject.development.internal.MeasurementResults;
import org.traject.development.internal.Measurements;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.OnRefusal;

/**
 * A participant's measurements: the list, starting one, its overview with progress per
 * cluster, handing it in, its results and the comparison of two. Answering is
 * {@link MeasurementAnswersController}'s, asking for feedback
 * {@link FeedbackRequestsController}'s.
 */
@Controller
@RequestMapping("/my/measurements")
@OnRefusal("/my/measurements/{id}")
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
	ModelAndView list(Actor actor, Locale locale) {
		return new ModelAndView("development/measurements").addObject("overview",
				overview.of(actor.requirePersonId(), locale));
	}

	@PostMapping
	@OnRefusal("/my/measurements")
	String start(@RequestParam long profileVersionId, @RequestParam(required = false) @Nullable Long programmeId,
			Actor actor) {
		return "redirect:/my/measurements/"
				+ measurements.start(actor.requirePersonId(), profileVersionId, programmeId);
	}

	@GetMapping("/{id}")
	ModelAndView show(@PathVariable long id, Actor actor, Locale locale) {
		var assessment = measurements.own(id, actor.requirePersonId());
		var profile = profiles.findVersion(assessment.getProfileVersionId(), locale).orElseThrow();
		Map<Long, Answers.Answer> given = answers.of(id);
		var clusters = profile.clusters()
			.stream()
			.map(c -> new ClusterProgress(c,
					(int) c.competencies().stream().filter(k -> complete(given, k.id())).count()))
			.toList();
		var others = overview.of(actor.requirePersonId(), locale)
			.submitted()
			.stream()
			.filter(i -> i.measurement().id() != id && i.profileId() == profile.profileId())
			.toList();
		return new ModelAndView("development/measurement")
			.addObject("measurement", MeasurementResults.Summary.of(assessment))
			.addObject("profile", profile)
			.addObject("clusters", clusters)
			.addObject("answered", clusters.stream().mapToInt(ClusterProgress::answered).sum())
			.addObject("others", others);
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable long id, @RequestParam long version, Actor actor) {
		measurements.submit(id, actor.requirePersonId(), version);
		Flash.success("development.measurement.submitted");
		return "redirect:/my/measurements/" + id + "/results";
	}

	@GetMapping("/{id}/results")
	ModelAndView results(@PathVariable long id, Actor actor, Locale locale) {
		var assessment = measurements.own(id, actor.requirePersonId());
		if (!assessment.isSubmitted()) {
			return new ModelAndView("redirect:/my/measurements/" + id);
		}
		return new ModelAndView("development/results").addObject("results", results.of(assessment, locale, true));
	}

	/** Two handed-in measurements of the person, the earlier one first. */
	@GetMapping("/{id}/compare/{otherId}")
	ModelAndView compare(@PathVariable long id, @PathVariable long otherId, Actor actor, Locale locale) {
		var one = measurements.own(id, actor.requirePersonId());
		var other = measurements.own(otherId, actor.requirePersonId());
		if (!one.isSubmitted() || !other.isSubmitted() || id == otherId) {
			throw new NoSuchElementException("nothing to compare");
		}
		boolean oneFirst = one.getSubmittedAt().isBefore(other.getSubmittedAt());
		return new ModelAndView("development/compare").addObject("comparison",
				oneFirst ? results.compare(one, other, locale) : results.compare(other, one, locale));
	}

	private static boolean complete(Map<Long, Answers.Answer> given, long competencyId) {
		var a = given.get(competencyId);
		return a != null && a.complete();
	}

	/** A cluster with how many of its competencies are answered. */
	record ClusterProgress(ProfileVersionView.ClusterView cluster, int answered) {

		public int total() {
			return cluster.competencies().size();
		}
	}

}
