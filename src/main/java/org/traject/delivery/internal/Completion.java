package org.traject.delivery.internal;

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
 * The secretary's decision on one enrolment at the end of its cohort. "Not completed" may
 * be revised (an exam retaken later); "completed" is final, since it has awarded
 * accreditation and a certificate.
 */
@Entity
@Table(name = "delivery_completion")
class Completion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "cohort_id", nullable = false, updatable = false)
	private long cohortId;

	@Column(name = "enrolment_id", nullable = false, updatable = false)
	private long enrolmentId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private long personId;

	@Column(name = "programme_id", nullable = false, updatable = false)
	private long programmeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CompletionOutcome outcome;

	@Column(name = "completed_on")
	private @Nullable LocalDate completedOn;

	@Column(name = "rule_met", nullable = false)
	private boolean ruleMet;

	private @Nullable String note;

	@Column(name = "decided_at", nullable = false)
	private Instant decidedAt;

	@Column(name = "decided_by")
	private @Nullable Long decidedBy;

	@Version
	private long version;

	protected Completion() {
	}

	Completion(long cohortId, long enrolmentId, long personId, long programmeId) {
		this.cohortId = cohortId;
		this.enrolmentId = enrolmentId;
		this.personId = personId;
		this.programmeId = programmeId;
	}

	/** Records the decision; a completion once made stays. */
	void decide(CompletionOutcome outcome, @Nullable LocalDate completedOn, boolean ruleMet, @Nullable String note,
			@Nullable Long by) {
		if (this.outcome == CompletionOutcome.COMPLETED) {
			throw new DeliveryRefusedException(DeliveryRefusedException.Reason.ALREADY_COMPLETED);
		}
		this.outcome = outcome;
		this.completedOn = outcome == CompletionOutcome.COMPLETED ? completedOn : null;
		this.ruleMet = ruleMet;
		this.note = note;
		this.decidedAt = Instant.now();
		this.decidedBy = by;
	}

	Long getId() {
		return id;
	}

	long getCohortId() {
		return cohortId;
	}

	long getEnrolmentId() {
		return enrolmentId;
	}

	long getPersonId() {
		return personId;
	}

	long getProgrammeId() {
		return programmeId;
	}

	CompletionOutcome getOutcome() {
		return outcome;
	}

	@Nullable LocalDate getCompletedOn() {
		return completedOn;
	}

	boolean isRuleMet() {
		return ruleMet;
	}

	@Nullable String getNote() {
		return note;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}

}
