package org.traject.development.internal;

import org.traject.development.Relation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.competencies.CompetencyProfiles;
import org.traject.competencies.ProfileVersionView;

/**
 * The results of a measurement as pages show them: per competency the target, the
 * participant's own level and affinity, what others said (as far as the anonymity rule
 * allows), the development potential, the ranking, the radar chart and the suggestions.
 * Costs a fixed number of SQL statements whatever the size of the profile. Callers check
 * who may see it.
 */
@Component
public class MeasurementResults {

	private final CompetencyProfiles profiles;

	private final Answers answers;

	private final Suggestions suggestions;

	private final JdbcClient jdbc;

	MeasurementResults(CompetencyProfiles profiles, Answers answers, Suggestions suggestions, JdbcClient jdbc) {
		this.profiles = profiles;
		this.answers = answers;
		this.suggestions = suggestions;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Results of(Assessment assessment, Locale locale, boolean withSuggestions) {
		var profile = profiles.findVersion(assessment.getProfileVersionId(), locale).orElseThrow();
		var given = answers.of(assessment.getId());
		var others = OthersRatings.of(responses(assessment.getId()));
		var rows = new ArrayList<ResultRow>();
		int position = 0;
		for (var cluster : profile.clusters()) {
			for (var c : cluster.competencies()) {
				var answer = given.get(c.id());
				rows.add(new ResultRow(++position, c.id(), cluster.name(), c.name(), c.description(), c.targetLevel(),
						answer == null ? null : answer.currentLevel(), answer == null ? null : answer.affinity(),
						answer == null ? null : answer.comment(), others.manager(c.id()), others.peers(c.id()),
						others.others(c.id())));
			}
		}
		var ranked = DevelopmentPotential.ranked(rows);
		var chart = RadarChart.of(profile.maxLevel(), rows.stream().map(ResultRow::target).toList(),
				rows.stream().map(ResultRow::self).toList(),
				others.anyVisible() ? rows.stream().map(ResultRow::others).toList() : null);
		var suggested = withSuggestions
				? suggestions.suggest(assessment.getPersonId(), assessment.getProgrammeId(), profile, ranked) : null;
		return new Results(Summary.of(assessment), profile, rows, ranked, chart, others,
				DevelopmentPotential.maximum(profile.maxLevel()), suggested);
	}

	/**
	 * Growth between two measurements of the same profile; competencies are matched
	 * across versions by lineage.
	 */
	@Transactional(readOnly = true)
	public Comparison compare(Assessment earlier, Assessment later, Locale locale) {
		var before = profiles.findVersion(earlier.getProfileVersionId(), locale).orElseThrow();
		var after = profiles.findVersion(later.getProfileVersionId(), locale).orElseThrow();
		if (before.profileId() != after.profileId()) {
			throw new DevelopmentRuleException("development.compare.otherProfile");
		}
		var beforeAnswers = answers.of(earlier.getId());
		var afterAnswers = answers.of(later.getId());
		Map<UUID, ProfileVersionView.CompetencyView> beforeByKey = new HashMap<>();
		before.clusters().forEach(c -> c.competencies().forEach(k -> beforeByKey.put(k.key(), k)));
		var rows = new ArrayList<GrowthRow>();
		for (var cluster : after.clusters()) {
			for (var c : cluster.competencies()) {
				var old = beforeByKey.get(c.key());
				var oldAnswer = old == null ? null : beforeAnswers.get(old.id());
				var newAnswer = afterAnswers.get(c.id());
				rows.add(new GrowthRow(cluster.name(), c.name(), c.targetLevel(),
						oldAnswer == null ? null : oldAnswer.currentLevel(),
						newAnswer == null ? null : newAnswer.currentLevel()));
			}
		}
		return new Comparison(Summary.of(earlier), Summary.of(later), after, rows);
	}

	private List<OthersRatings.Response> responses(long assessmentId) {
		Map<Long, Relation> relations = new LinkedHashMap<>();
		Map<Long, Map<Long, Integer>> levels = new LinkedHashMap<>();
		jdbc.sql("""
				select i.id, i.relation, r.competency_id, r.level
				from feedback_invitation i join feedback_rating r on r.invitation_id = i.id
				where i.assessment_id = :id and i.status = 'ANSWERED'
				order by i.id""").param("id", assessmentId).query(rs -> {
			long invitation = rs.getLong(1);
			relations.put(invitation, Relation.valueOf(rs.getString(2)));
			levels.computeIfAbsent(invitation, k -> new HashMap<>()).put(rs.getLong(3), rs.getInt(4));
		});
		return relations.entrySet()
			.stream()
			.map(e -> new OthersRatings.Response(e.getValue(), levels.get(e.getKey())))
			.toList();
	}

	public record Summary(long id, AssessmentStatus status, Instant startedAt, @Nullable Instant submittedAt,
			long profileVersionId, @Nullable Long programmeId, long version) {

		public static Summary of(Assessment a) {
			return new Summary(a.getId(), a.getStatus(), a.getStartedAt(), a.getSubmittedAt(), a.getProfileVersionId(),
					a.getProgrammeId(), a.getVersion());
		}

		public boolean submitted() {
			return status == AssessmentStatus.SUBMITTED;
		}

		/** When it was handed in, or started while still in progress. */
		public Instant date() {
			return submittedAt != null ? submittedAt : startedAt;
		}

		/**
		 * The calendar day of {@link #date()} in a zone (pages pass the provider's: a
		 * measurement has no cohort).
		 */
		public java.time.LocalDate day(java.time.ZoneId zone) {
			return date().atZone(zone).toLocalDate();
		}
	}

	public record Results(Summary measurement, ProfileVersionView profile, List<ResultRow> rows, List<ResultRow> ranked,
			RadarChart chart, OthersRatings others, int maxPotential, Suggestions.@Nullable Suggested suggestions) {

		public List<ResultRow> top() {
			return ranked.stream().filter(r -> r.potential() > 0).limit(Suggestions.TOP).toList();
		}

		/** 1 for the competency with the highest potential. */
		public int rankOf(long competencyId) {
			for (int i = 0; i < ranked.size(); i++) {
				if (ranked.get(i).competencyId() == competencyId) {
					return i + 1;
				}
			}
			return 0;
		}
	}

	public record GrowthRow(String cluster, String name, int target, @Nullable Integer before,
			@Nullable Integer after) {

		public @Nullable Integer growth() {
			return before == null || after == null ? null : after - before;
		}
	}

	public record Comparison(Summary earlier, Summary later, ProfileVersionView profile, List<GrowthRow> rows) {
	}

}
