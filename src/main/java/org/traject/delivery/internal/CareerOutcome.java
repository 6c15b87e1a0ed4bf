package org.traject.delivery.internal;

import org.traject.delivery.CareerOutcomeKind;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * The latest known career step of a participant after completing a programme (one per
 * award).
 */
@Entity
@Table(name = "delivery_career_outcome")
class CareerOutcome {

	// The id, person and programme mappings read as Completion's on purpose: each
	// entity maps its own table, and a shared superclass for a few field declarations
	// would tie the two tables' columns together.

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "award_id", nullable = false, updatable = false)
	private long awardId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private long personId;

	@Column(name = "programme_id", nullable = false, updatable = false)
	private long programmeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CareerOutcomeKind kind;

	@Column(name = "role_title")
	private @Nullable String roleTitle;

	@Column(name = "occurred_on", nullable = false)
	private LocalDate occurredOn;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by")
	private @Nullable Long recordedBy;

	@Version
	private long version;

	protected CareerOutcome() {
	}

	CareerOutcome(long awardId, long personId, long programmeId) {
		this.awardId = awardId;
		this.personId = personId;
		this.programmeId = programmeId;
	}

	void record(CareerOutcomeKind kind, @Nullable String roleTitle, LocalDate occurredOn, @Nullable Long by) {
		this.kind = kind;
		this.roleTitle = roleTitle == null || roleTitle.isBlank() ? null : roleTitle.strip();
		this.occurredOn = occurredOn;
		this.recordedAt = Instant.now();
		this.recordedBy = by;
	}

	CareerOutcomes.OutcomeView view() {
		return new CareerOutcomes.OutcomeView(awardId, kind, roleTitle, occurredOn, recordedAt);
	}

	long getAwardId() {
		return awardId;
	}

}
