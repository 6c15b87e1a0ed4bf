package org.traject.competencies.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A group of competencies within one profile version, e.g. "personal leadership". Changed
 * through its version.
 */
@Entity
@Table(name = "competency_cluster")
public class CompetencyCluster {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "profile_version_id")
	private ProfileVersion profileVersion;

	/** The same in every version, so a comparison recognises a renamed cluster. */
	@Column(name = "lineage_key", nullable = false)
	private UUID lineageKey;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String name;

	private @Nullable String description;

	/**
	 * A view ordered by position; the version owns (and cascades to) the competencies.
	 */
	@OneToMany(mappedBy = "cluster")
	@OrderBy("position")
	private List<Competency> competencies = new ArrayList<>();

	protected CompetencyCluster() {
	}

	CompetencyCluster(ProfileVersion profileVersion, UUID lineageKey, int position, String name,
			@Nullable String description) {
		this.profileVersion = profileVersion;
		this.lineageKey = lineageKey;
		this.position = position;
		this.name = name;
		this.description = description;
	}

	void describe(String name, @Nullable String description) {
		this.name = name;
		this.description = description;
	}

	void placeAt(int position) {
		this.position = position;
	}

	List<Competency> competencyList() {
		return competencies;
	}

	void renumber() {
		for (int i = 0; i < competencies.size(); i++) {
			competencies.get(i).placeAt(i);
		}
	}

	public Long getId() {
		return id;
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

	public List<Competency> getCompetencies() {
		return List.copyOf(competencies);
	}

}
