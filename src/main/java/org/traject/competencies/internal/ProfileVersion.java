package org.traject.competencies.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * One version of a competency profile, and the aggregate through which its texts, scale,
 * clusters and competencies change. Only a draft changes; publishing freezes it (the
 * database refuses later changes too).
 */
@Entity
@Table(name = "profile_version")
public class ProfileVersion {

	public static final int MIN_LEVELS = 2;

	public static final int MAX_LEVELS = 10;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "profile_id")
	private CompetencyProfile profile;

	@Column(nullable = false)
	private int number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProfileStatus status;

	@Column(name = "default_language", nullable = false)
	private String defaultLanguage;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/**
	 * Set on every change, so that any change (also of a competency) increments
	 * {@link #version}.
	 */
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Column(name = "retired_at")
	private @Nullable Instant retiredAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "profile_version_text", joinColumns = @JoinColumn(name = "profile_version_id"))
	@MapKeyColumn(name = "language")
	private Map<String, ProfileText> texts = new LinkedHashMap<>();

	@ElementCollection
	@CollectionTable(name = "scale_level", joinColumns = @JoinColumn(name = "profile_version_id"))
	@OrderBy("level")
	private List<ScaleLevel> scale = new ArrayList<>();

	@OneToMany(mappedBy = "profileVersion", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<CompetencyCluster> clusters = new ArrayList<>();

	@OneToMany(mappedBy = "profileVersion", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Competency> competencies = new ArrayList<>();

	protected ProfileVersion() {
	}

	private ProfileVersion(CompetencyProfile profile, int number, Instant now) {
		this.profile = profile;
		this.number = number;
		this.status = ProfileStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The first version of a new profile. */
	static ProfileVersion firstDraft(CompetencyProfile profile, ProfileDetails details, List<ScaleLevel> scale,
			Instant now) {
		var draft = new ProfileVersion(profile, 1, now);
		draft.applyDetails(details);
		draft.applyScale(scale);
		return draft;
	}

	/**
	 * A new draft with the same content, to be edited while this version stays as it is.
	 */
	ProfileVersion copyAsDraft(int number, Instant now) {
		var draft = new ProfileVersion(profile, number, now);
		draft.defaultLanguage = defaultLanguage;
		draft.texts.putAll(texts);
		draft.scale.addAll(scale);
		for (CompetencyCluster cluster : clusters) {
			var copy = new CompetencyCluster(draft, cluster.getLineageKey(), cluster.getPosition(), cluster.getName(),
					cluster.getDescription());
			draft.clusters.add(copy);
			for (Competency competency : cluster.competencyList()) {
				var c = new Competency(draft, copy, competency.getLineageKey(), competency.getPosition(),
						competency.details());
				copy.competencyList().add(c);
				draft.competencies.add(c);
			}
		}
		return draft;
	}

	// --- profile fields and scale

	void describe(ProfileDetails details, Instant now) {
		requireDraft();
		applyDetails(details);
		touch(now);
	}

	private void applyDetails(ProfileDetails details) {
		ProfileText main = details.texts().get(details.defaultLanguage());
		if (main == null) {
			throw new ProfileRuleException("name", "competencies.profile.defaultText.required");
		}
		this.defaultLanguage = details.defaultLanguage();
		this.texts.keySet().retainAll(details.texts().keySet());
		this.texts.putAll(details.texts());
	}

	void changeScale(List<ScaleLevel> levels, Instant now) {
		requireDraft();
		applyScale(levels);
		for (Competency competency : competencies) {
			if (competency.getTargetLevel() > levels.size()) {
				throw new ProfileRuleException(null, "competencies.scale.targetAbove", competency.getName(),
						competency.getTargetLevel());
			}
		}
		touch(now);
	}

	private void applyScale(List<ScaleLevel> levels) {
		if (levels.size() < MIN_LEVELS || levels.size() > MAX_LEVELS) {
			throw new ProfileRuleException(null, "competencies.scale.size", MIN_LEVELS, MAX_LEVELS);
		}
		for (int i = 0; i < levels.size(); i++) {
			if (levels.get(i).level() != i + 1) {
				throw new ProfileRuleException(null, "competencies.scale.sequence");
			}
		}
		this.scale.clear();
		this.scale.addAll(levels);
	}

	// --- clusters

	CompetencyCluster addCluster(String name, @Nullable String description, Instant now) {
		requireDraft();
		requireUniqueClusterName(name, null);
		var cluster = new CompetencyCluster(this, UUID.randomUUID(), clusters.size(), name, description);
		clusters.add(cluster);
		touch(now);
		return cluster;
	}

	void changeCluster(long clusterId, String name, @Nullable String description, Instant now) {
		requireDraft();
		requireUniqueClusterName(name, clusterId);
		cluster(clusterId).describe(name, description);
		touch(now);
	}

	void removeCluster(long clusterId, Instant now) {
		requireDraft();
		var cluster = cluster(clusterId);
		if (!cluster.competencyList().isEmpty()) {
			throw new ProfileRuleException(null, "competencies.cluster.notEmpty", cluster.getName());
		}
		clusters.remove(cluster);
		renumberClusters();
		touch(now);
	}

	void moveCluster(long clusterId, boolean up, Instant now) {
		requireDraft();
		int from = clusters.indexOf(cluster(clusterId));
		int to = up ? from - 1 : from + 1;
		if (to >= 0 && to < clusters.size()) {
			Collections.swap(clusters, from, to);
			renumberClusters();
			touch(now);
		}
	}

	private void renumberClusters() {
		for (int i = 0; i < clusters.size(); i++) {
			clusters.get(i).placeAt(i);
		}
	}

	public java.util.Optional<CompetencyCluster> clusterNamed(String name) {
		return clusters.stream().filter(c -> c.getName().equalsIgnoreCase(name.strip())).findFirst();
	}

	public CompetencyCluster cluster(long clusterId) {
		return clusters.stream()
			.filter(c -> c.getId() == clusterId)
			.findFirst()
			.orElseThrow(() -> new ProfileRuleException("clusterId", "competencies.cluster.unknown"));
	}

	private void requireUniqueClusterName(String name, @Nullable Long except) {
		for (CompetencyCluster c : clusters) {
			if (c.getName().equalsIgnoreCase(name.strip()) && !Objects.equals(c.getId(), except)) {
				throw new ProfileRuleException("name", "competencies.cluster.name.duplicate", name);
			}
		}
	}

	// --- competencies

	Competency addCompetency(CompetencyDetails details, Instant now) {
		return addCompetency(cluster(Objects.requireNonNull(details.clusterId())), details, now);
	}

	/** For imports, where the cluster may not have an id yet. */
	Competency addCompetency(CompetencyCluster cluster, CompetencyDetails details, Instant now) {
		requireDraft();
		checkCompetency(details, null);
		var competency = new Competency(this, cluster, UUID.randomUUID(), cluster.competencyList().size(), details);
		cluster.competencyList().add(competency);
		competencies.add(competency);
		touch(now);
		return competency;
	}

	void changeCompetency(long competencyId, CompetencyDetails details, Instant now) {
		requireDraft();
		var competency = competency(competencyId);
		checkCompetency(details, competencyId);
		var target = cluster(Objects.requireNonNull(details.clusterId()));
		var source = competency.getCluster();
		if (target != source) {
			source.competencyList().remove(competency);
			source.renumber();
			competency.moveTo(target, target.competencyList().size());
			target.competencyList().add(competency);
		}
		competency.describe(details);
		touch(now);
	}

	void removeCompetency(long competencyId, Instant now) {
		requireDraft();
		var competency = competency(competencyId);
		competency.getCluster().competencyList().remove(competency);
		competency.getCluster().renumber();
		competencies.remove(competency);
		touch(now);
	}

	void moveCompetency(long competencyId, boolean up, Instant now) {
		requireDraft();
		var competency = competency(competencyId);
		var list = competency.getCluster().competencyList();
		int from = list.indexOf(competency);
		int to = up ? from - 1 : from + 1;
		if (to >= 0 && to < list.size()) {
			Collections.swap(list, from, to);
			competency.getCluster().renumber();
			touch(now);
		}
	}

	public Competency competency(long competencyId) {
		return competencies.stream()
			.filter(c -> c.getId() == competencyId)
			.findFirst()
			.orElseThrow(() -> new ProfileRuleException(null, "competencies.competency.unknown"));
	}

	private void checkCompetency(CompetencyDetails details, @Nullable Long except) {
		for (Competency c : competencies) {
			if (c.getName().equalsIgnoreCase(details.name().strip()) && !Objects.equals(c.getId(), except)) {
				throw new ProfileRuleException("name", "competencies.competency.name.duplicate", details.name());
			}
		}
		if (details.targetLevel() < 1 || details.targetLevel() > scale.size()) {
			throw new ProfileRuleException("targetLevel", "competencies.competency.targetLevel.range", 1, scale.size());
		}
	}

	// --- life cycle

	void publish(Instant now) {
		requireDraft();
		if (competencies.isEmpty()) {
			throw new ProfileRuleException(null, "competencies.publish.empty");
		}
		for (Competency c : competencies) {
			if (c.getTargetLevel() > scale.size()) {
				throw new ProfileRuleException(null, "competencies.scale.targetAbove", c.getName(), c.getTargetLevel());
			}
		}
		this.status = ProfileStatus.PUBLISHED;
		this.publishedAt = now;
		touch(now);
	}

	void retire(Instant now) {
		if (status != ProfileStatus.PUBLISHED) {
			throw new ProfileRuleException(null, "competencies.retire.notPublished");
		}
		this.status = ProfileStatus.RETIRED;
		this.retiredAt = now;
		touch(now);
	}

	private void requireDraft() {
		if (status != ProfileStatus.DRAFT) {
			throw new ProfileRuleException(null, "competencies.version.frozen");
		}
	}

	private void touch(Instant now) {
		this.updatedAt = now;
	}

	// --- reading

	/**
	 * The texts in the reader's language when given, otherwise in the default language.
	 */
	public String textLanguage(Locale locale) {
		return texts.containsKey(locale.getLanguage()) ? locale.getLanguage() : defaultLanguage;
	}

	public ProfileText text(Locale locale) {
		return Objects.requireNonNull(texts.get(textLanguage(locale)));
	}

	public ProfileText defaultText() {
		return Objects.requireNonNull(texts.get(defaultLanguage));
	}

	public boolean isDraft() {
		return status == ProfileStatus.DRAFT;
	}

	public Long getId() {
		return id;
	}

	public CompetencyProfile getProfile() {
		return profile;
	}

	public int getNumber() {
		return number;
	}

	public ProfileStatus getStatus() {
		return status;
	}

	public String getDefaultLanguage() {
		return defaultLanguage;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public @Nullable Instant getPublishedAt() {
		return publishedAt;
	}

	public @Nullable Instant getRetiredAt() {
		return retiredAt;
	}

	public long getVersion() {
		return version;
	}

	public Map<String, ProfileText> getTexts() {
		return Map.copyOf(texts);
	}

	public List<ScaleLevel> getScale() {
		return List.copyOf(scale);
	}

	public List<CompetencyCluster> getClusters() {
		return List.copyOf(clusters);
	}

	public int competencyCount() {
		return competencies.size();
	}

}
