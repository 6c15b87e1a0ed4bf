package org.traject.development.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's one development plan. Goals, shares and sessions point at it by id. */
@Entity
@Table(name = "development_plan")
public class DevelopmentPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected DevelopmentPlan() {
	}

	public DevelopmentPlan(long personId, Instant createdAt) {
		this.personId = personId;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public long getPersonId() {
		return personId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
