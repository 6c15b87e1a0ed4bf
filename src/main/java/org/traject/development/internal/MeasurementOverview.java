package org.traject.development.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.Catalogue;
import org.traject.competencies.CompetencyProfiles;
import org.traject.competencies.ProfileOption;
import org.traject.competencies.ProfileVersionView;

/**
 * A person's measurements with their profile names and progress, and the measurements
 * their programmes ask for ("your programme X develops profile Y: take the measurement").
 */
@Component
public class MeasurementOverview {

	private final AssessmentRepository assessments;

	private final Answers answers;

	private final CompetencyProfiles profiles;

	private final Catalogue catalogue;

	private final Suggestions suggestions;

	MeasurementOverview(AssessmentRepository assessments, Answers answers, CompetencyProfiles profiles,
			Catalogue catalogue, Suggestions suggestions) {
		this.assessments = assessments;
		this.answers = answers;
		this.profiles = profiles;
		this.catalogue = catalogue;
		this.suggestions = suggestions;
	}

	@Transactional(readOnly = true)
	public Overview of(long personId, Locale locale) {
		var mine = assessments.findByPersonIdOrderByStartedAtDescIdDesc(personId);
		Map<Long, @Nullable ProfileVersionView> versions = new HashMap<>();
		var items = new ArrayList<Item>();
		for (var a : mine) {
			var version = versions.computeIfAbsent(a.getProfileVersionId(),
					id -> profiles.findVersion(id, locale).orElse(null));
			if (version == null) {
				continue;
			}
			items.add(new Item(MeasurementResults.Summary.of(a), version.profileId(), version.name(),
					version.language(), version.number(), version.isPublished(),
					a.isSubmitted() ? version.competencyCount() : answers.countComplete(a.getId()),
					version.competencyCount()));
		}
		var published = profiles.publishedVersions(locale);
		var prompts = new ArrayList<Prompt>();
		for (var programme : catalogue.findAll(suggestions.programmesOf(personId)).values()) {
			Long profileId = programme.competencyProfileId();
			if (profileId == null) {
				continue;
			}
			published.stream().filter(o -> o.profileId() == profileId).findFirst().ifPresent(option -> {
				boolean done = items.stream()
					.anyMatch(i -> i.measurement().submitted()
							&& i.measurement().profileVersionId() == option.versionId());
				var open = items.stream()
					.filter(i -> !i.measurement().submitted()
							&& i.measurement().profileVersionId() == option.versionId())
					.findFirst()
					.map(i -> i.measurement().id())
					.orElse(null);
				prompts.add(new Prompt(programme.id(), programme.title(), programme.language(), option, done, open));
			});
		}
		return new Overview(items, prompts, published);
	}

	/**
	 * @param answered competencies with a level and an affinity
	 */
	public record Item(MeasurementResults.Summary measurement, long profileId, String profileName, String language,
			int versionNumber, boolean currentVersion, int answered, int competencies) {
	}

	/**
	 * @param done the person already handed in a measurement on this version (they may
	 * take it again later)
	 * @param openMeasurement the id of one in progress on it, to continue
	 */
	public record Prompt(long programmeId, String programmeTitle, String programmeLanguage, ProfileOption profile,
			boolean done, @Nullable Long openMeasurement) {
	}

	public record Overview(List<Item> measurements, List<Prompt> prompts, List<ProfileOption> publishedProfiles) {

		public List<Item> inProgress() {
			return measurements.stream().filter(i -> !i.measurement().submitted()).toList();
		}

		public List<Item> submitted() {
			return measurements.stream().filter(i -> i.measurement().submitted()).toList();
		}

		public List<Prompt> toDo() {
			return prompts.stream().filter(p -> !p.done()).toList();
		}
	}

}
