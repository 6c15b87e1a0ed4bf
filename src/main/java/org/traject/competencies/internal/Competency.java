package org.traject.competencies.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One competency of a profile version, with its behavioural indicators and target level.
 */
@Entity
@Table(name = "competency")
public class Competency {

	// The id, version, lineage and position mappings read as CompetencyCluster's on
	// purpose: each entity maps its own table, and a shared superclass for a few field
	// declarations would tie the two tables' columns together.

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "profile_version_id")
	private ProfileVersion profileVersion;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "cluster_id")
	private CompetencyCluster cluster;

	@Column(name = "lineage_key", nullable = false)
	private UUID lineageKey;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String name;

	private @Nullable String description;

	@Column(name = "target_level", nullable = false)
	private int targetLevel;

	@ElementCollection
	@CollectionTable(name = "competency_indicator", joinColumns = @JoinColumn(name = "competency_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false)
	private List<String> indicators = new ArrayList<>();

	protected Competency() {
	}

	Competency(ProfileVersion profileVersion, CompetencyCluster cluster, UUID lineageKey, int position,
			CompetencyDetails details) {
		this.profileVersion = profileVersion;
		this.cluster = cluster;
		this.lineageKey = lineageKey;
		this.position = position;
		describe(details);
	}

	void describe(CompetencyDetails details) {
		this.name = details.name();
		this.description = details.description();
		this.targetLevel = details.targetLevel();
		this.indicators.clear();
		this.indicators.addAll(details.indicators());
	}

	void moveTo(CompetencyCluster cluster, int position) {
		this.cluster = cluster;
		this.position = position;
	}

	void placeAt(int position) {
		this.position = position;
	}

	CompetencyDetails details() {
		return new CompetencyDetails(cluster.getId(), name, description, targetLevel, List.copyOf(indicators));
	}

	public Long getId() {
		return id;
	}

	public CompetencyCluster getCluster() {
		return cluster;
	}

	public UUID getLineageKey() {
		return lineageKey;
	}

	public int getPosition() {
		return position;
	}

	public String getName() {
		return name;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public int getTargetLevel() {
		return targetLevel;
	}

	public List<String> getIndicators() {
		return List.copyOf(indicators);
	}

}
