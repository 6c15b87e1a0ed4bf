package org.traject.competencies.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** The lineage of a profile: what stays the same across its versions. */
@Entity
@Table(name = "competency_profile")
public class CompetencyProfile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private @Nullable String code;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected CompetencyProfile() {
	}

	CompetencyProfile(@Nullable String code, Instant createdAt) {
		this.code = code;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public @Nullable String getCode() {
		return code;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
