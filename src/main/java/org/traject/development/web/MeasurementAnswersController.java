package org.traject.development.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.traject.competencies.CompetencyProfiles;
import org.traject.competencies.ProfileVersionView;
import org.traject.development.internal.Answers;
import org.traject.development.internal.MeasurementResults;
import org.traject.development.internal.Measurements;
import org.traject.people.Actor;
import org.traject.web.Flash;
import org.traject.web.Htmx;
import org.traject.web.OnRefusal;

/**
 * Answering a measurement: a page per cluster, saved as a whole ("save and continue" goes
 * on to the next cluster), and each answer saved by htmx as soon as it changes.
 */
@Controller
@RequestMapping("/my/measurements/{id}")
@OnRefusal("/my/measurements/{id}")
class MeasurementAnswersController {

	private final Measurements measurements;

	private final CompetencyProfiles profiles;

	private final Answers answers;

	MeasurementAnswersController(Measurements measurements, CompetencyProfiles profiles, Answers answers) {
		this.measurements = measurements;
		this.profiles = profiles;
		this.answers = answers;
	}

	@GetMapping("/clusters/{clusterId}")
	ModelAndView cluster(@PathVariable long id, @PathVariable long clusterId, Actor actor, Locale locale) {
		var assessment = measurements.own(id, actor.requirePersonId());
		if (assessment.isSubmitted()) {
			return new ModelAndView("redirect:/my/measurements/" + id + "/results");
		}
		var clusters = profile(assessment.getProfileVersionId(), locale).clusters();
		int index = indexOf(clusters, clusterId);
		return new ModelAndView("development/cluster")
			.addObject("measurement", MeasurementResults.Summary.of(assessment))
			.addObject("profile", profile(assessment.getProfileVersionId(), locale))
			.addObject("cluster", clusters.get(index))
			.addObject("clusterNumber", index + 1)
			.addObject("previous", index > 0 ? clusters.get(index - 1) : null)
			.addObject("next", index + 1 < clusters.size() ? clusters.get(index + 1) : null)
			.addObject("answers", answers.of(id))
			.addObject("answered", measurements.answeredCount(id));
	}

	@PostMapping("/clusters/{clusterId}")
	String saveCluster(@PathVariable long id, @PathVariable long clusterId, @RequestParam Map<String, String> params,
			Actor actor, Locale locale) {
		var assessment = measurements.own(id, actor.requirePersonId());
		var profile = profile(assessment.getProfileVersionId(), locale);
		var clusters = profile.clusters();
		int index = indexOf(clusters, clusterId);
		var given = new ArrayList<Answers.Answer>();
		for (var competency : clusters.get(index).competencies()) {
			given.add(answer(competency.id(), params));
		}
		measurements.saveAnswers(id, actor.requirePersonId(), given);
		Flash.success("development.measurement.saved", measurements.answeredCount(id), profile.competencyCount());
		if (!"continue".equals(params.get("next"))) {
			return "redirect:/my/measurements/" + id + "/clusters/" + clusterId;
		}
		return index + 1 < clusters.size()
				? "redirect:/my/measurements/" + id + "/clusters/" + clusters.get(index + 1).id()
				: "redirect:/my/measurements/" + id + "#submit";
	}

	/**
	 * One answer, saved by htmx as soon as it changes (the cluster page's own form stays
	 * the fallback). Answers of a handed-in measurement no longer change: 409.
	 */
	@PostMapping("/answers/{competencyId}")
	ModelAndView autosave(@PathVariable long id, @PathVariable long competencyId,
			@RequestParam Map<String, String> params, Actor actor, Locale locale) {
		var assessment = measurements.own(id, actor.requirePersonId());
		if (assessment.isSubmitted()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "development.measurement.alreadySubmitted");
		}
		measurements.saveAnswers(id, actor.requirePersonId(), List.of(answer(competencyId, params)));
		if (!Htmx.isHtmxRequest()) {
			return new ModelAndView("redirect:/my/measurements/" + id);
		}
		return new ModelAndView("development/cluster :: saved").addObject("answered", measurements.answeredCount(id))
			.addObject("total", profile(assessment.getProfileVersionId(), locale).competencyCount())
			.addObject("competencyId", competencyId);
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

	private static Answers.Answer answer(long competencyId, Map<String, String> params) {
		return new Answers.Answer(competencyId, number(params.get("level-" + competencyId)),
				number(params.get("affinity-" + competencyId)), params.get("comment-" + competencyId));
	}

	/**
	 * A level that is not a number is not a mistake a person makes with the form: 400.
	 */
	private static @Nullable Integer number(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!value.strip().matches("-?\\d{1,9}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return Integer.valueOf(value.strip());
	}

}
