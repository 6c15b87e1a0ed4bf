package org.traject.cohorts.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;
import org.traject.people.Actor;
import org.traject.cohorts.EnrolmentStatus;

/**
 * One line of an enrolment's history: what changed, the status and place after it, who
 * did it, when and why.
 */
@Entity
@Immutable
@Table(name = "enrolment_event")
public class EnrolmentHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "enrolment_id", nullable = false, updatable = false)
	private long enrolmentId;

	@Column(name = "cohort_id", nullable = false, updatable = false)
	private long cohortId;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private EnrolmentChange change;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private EnrolmentStatus status;

	@Column(name = "waitlist_position", updatable = false)
	private @Nullable Integer waitlistPosition;

	@Column(name = "previous_position", updatable = false)
	private @Nullable Integer previousPosition;

	@Enumerated(EnumType.STRING)
	@Column(name = "actor_role", nullable = false, updatable = false)
	private Actor.Capacity actorRole;

	@Column(name = "actor_person_id", updatable = false)
	private @Nullable Long actorPersonId;

	@Column(name = "actor_name", updatable = false)
	private @Nullable String actorName;

	@Column(updatable = false)
	private @Nullable String reason;

	protected EnrolmentHistoryEntry() {
	}

	EnrolmentHistoryEntry(Enrolment enrolment, EnrolmentChange change, Actor actor, @Nullable String reason,
			@Nullable Integer position) {
		this.enrolmentId = java.util.Objects.requireNonNull(enrolment.getId(), "the enrolment is saved first");
		this.cohortId = enrolment.getCohortId();
		this.occurredAt = Instant.now();
		this.change = change;
		this.status = enrolment.getStatus();
		this.waitlistPosition = position;
		this.actorRole = actor.capacity();
		this.actorPersonId = actor.personId();
		this.actorName = actor.name();
		this.reason = reason == null || reason.isBlank() ? null : reason.strip();
	}

	void placeAt(int position, @Nullable Integer previous) {
		this.waitlistPosition = position;
		this.previousPosition = previous;
	}

	Long getId() {
		return id;
	}

	long getEnrolmentId() {
		return enrolmentId;
	}

	long getCohortId() {
		return cohortId;
	}

	Instant getOccurredAt() {
		return occurredAt;
	}

	EnrolmentChange getChange() {
		return change;
	}

	EnrolmentStatus getStatus() {
		return status;
	}

	@Nullable Integer getWaitlistPosition() {
		return waitlistPosition;
	}

	@Nullable Integer getPreviousPosition() {
		return previousPosition;
	}

	Actor.Capacity getActorRole() {
		return actorRole;
	}

	@Nullable Long getActorPersonId() {
		return actorPersonId;
	}

	@Nullable String getActorName() {
		return actorName;
	}

	@Nullable String getReason() {
		return reason;
	}

}
