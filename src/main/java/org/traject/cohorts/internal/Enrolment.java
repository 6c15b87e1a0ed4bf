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
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;
import org.traject.people.Actor;
import org.traject.cohorts.EnrolmentStatus;

/**
 * A person's place in a cohort. Every change is a method named after what happens, which
 * moves the status and returns the history entry that records it (the caller saves that
 * entry). Seats are not counted here: the cohort's seat counter is changed by
 * {@link SeatLedger} under the cohort's row lock, before or after these methods are
 * called.
 */
@Entity
@Table(name = "enrolment")
@DynamicUpdate
public class Enrolment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "cohort_id", nullable = false)
	private long cohortId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private long personId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EnrolmentStatus status;

	@Column(name = "requested_at", nullable = false, updatable = false)
	private Instant requestedAt;

	@Column(name = "status_changed_at", nullable = false)
	private Instant statusChangedAt;

	@Column(name = "waitlist_position")
	private @Nullable Integer waitlistPosition;

	@Column(name = "offer_expires_at")
	private @Nullable Instant offerExpiresAt;

	@Column(name = "manager_name")
	private @Nullable String managerName;

	@Column(name = "manager_email")
	private @Nullable String managerEmail;

	@Version
	private long version;

	protected Enrolment() {
	}

	/**
	 * A new request, not yet placed: the caller immediately confirms, waitlists or sends
	 * it for approval. Its status stays {@link EnrolmentStatus#AWAITING_APPROVAL} until
	 * then, which holds nothing.
	 */
	Enrolment(long cohortId, long personId, Instant requestedAt, @Nullable Manager manager) {
		this.cohortId = cohortId;
		this.personId = personId;
		this.requestedAt = requestedAt;
		this.statusChangedAt = requestedAt;
		this.status = EnrolmentStatus.AWAITING_APPROVAL;
		if (manager != null) {
			this.managerName = manager.name();
			this.managerEmail = manager.email();
		}
	}

	/**
	 * A sign-up that goes straight to a seat ({@code waitlistPosition} null) or to a
	 * place on the waitlist: the status is set before the row is first written, so the
	 * insert is its only write. Its history entry follows once the row has its id
	 * ({@link #firstPlacement}).
	 */
	static Enrolment placedOnSignUp(long cohortId, long personId, Instant requestedAt,
			@Nullable Integer waitlistPosition) {
		var enrolment = new Enrolment(cohortId, personId, requestedAt, null);
		enrolment.status = waitlistPosition == null ? EnrolmentStatus.CONFIRMED : EnrolmentStatus.WAITLISTED;
		enrolment.waitlistPosition = waitlistPosition;
		return enrolment;
	}

	/** The history entry of a sign-up placed by {@link #placedOnSignUp}. */
	EnrolmentHistoryEntry firstPlacement(Actor actor, @Nullable String reason) {
		if (status == EnrolmentStatus.CONFIRMED) {
			return entry(EnrolmentChange.CONFIRMED, actor, reason, null);
		}
		requireStatus(EnrolmentStatus.WAITLISTED);
		var entry = entry(EnrolmentChange.WAITLISTED, actor, reason, null);
		entry.placeAt(java.util.Objects.requireNonNull(waitlistPosition), null);
		return entry;
	}

	EnrolmentHistoryEntry requestApproval(Actor actor) {
		return moveTo(EnrolmentStatus.AWAITING_APPROVAL, EnrolmentChange.APPROVAL_REQUESTED, actor, null);
	}

	EnrolmentHistoryEntry approve(Actor actor) {
		requireStatus(EnrolmentStatus.AWAITING_APPROVAL);
		return entry(EnrolmentChange.APPROVED, actor, null, null);
	}

	EnrolmentHistoryEntry declineApproval(Actor actor, @Nullable String reason) {
		requireStatus(EnrolmentStatus.AWAITING_APPROVAL);
		return moveTo(EnrolmentStatus.DECLINED, EnrolmentChange.APPROVAL_DECLINED, actor, reason);
	}

	EnrolmentHistoryEntry expireApproval() {
		requireStatus(EnrolmentStatus.AWAITING_APPROVAL);
		return moveTo(EnrolmentStatus.EXPIRED, EnrolmentChange.APPROVAL_EXPIRED, Actor.system(), null);
	}

	/**
	 * Takes a seat the caller has secured; {@code change} says how (a sign-up, a
	 * promotion, an accepted offer...).
	 */
	EnrolmentHistoryEntry confirm(EnrolmentChange change, Actor actor, @Nullable String reason) {
		return moveTo(EnrolmentStatus.CONFIRMED, change, actor, reason);
	}

	EnrolmentHistoryEntry waitlistAt(int position, Actor actor, @Nullable String reason) {
		var entry = moveTo(EnrolmentStatus.WAITLISTED, EnrolmentChange.WAITLISTED, actor, reason);
		this.waitlistPosition = position;
		entry.placeAt(position, null);
		return entry;
	}

	/**
	 * A new place in the waitlist because someone ahead left or a place was inserted
	 * before it. Only moves that a secretary asked for are recorded (see
	 * {@link #moveOnWaitlist}).
	 */
	void shiftTo(int position) {
		requireStatus(EnrolmentStatus.WAITLISTED);
		this.waitlistPosition = position;
	}

	EnrolmentHistoryEntry moveOnWaitlist(int from, int to, Actor actor, @Nullable String reason) {
		requireStatus(EnrolmentStatus.WAITLISTED);
		this.waitlistPosition = to;
		var entry = entry(EnrolmentChange.WAITLIST_MOVED, actor, reason, null);
		entry.placeAt(to, from);
		return entry;
	}

	EnrolmentHistoryEntry offer(Instant until, Actor actor) {
		requireStatus(EnrolmentStatus.WAITLISTED);
		var entry = moveTo(EnrolmentStatus.OFFERED, EnrolmentChange.OFFERED, actor, null);
		this.offerExpiresAt = until;
		return entry;
	}

	EnrolmentHistoryEntry acceptOffer(Actor actor) {
		requireStatus(EnrolmentStatus.OFFERED);
		return moveTo(EnrolmentStatus.CONFIRMED, EnrolmentChange.OFFER_ACCEPTED, actor, null);
	}

	EnrolmentHistoryEntry declineOffer(Actor actor, @Nullable String reason) {
		requireStatus(EnrolmentStatus.OFFERED);
		return moveTo(EnrolmentStatus.DECLINED, EnrolmentChange.OFFER_DECLINED, actor, reason);
	}

	EnrolmentHistoryEntry expireOffer() {
		requireStatus(EnrolmentStatus.OFFERED);
		return moveTo(EnrolmentStatus.EXPIRED, EnrolmentChange.OFFER_EXPIRED, Actor.system(), null);
	}

	EnrolmentHistoryEntry cancel(Actor actor, @Nullable String reason) {
		if (!status.isActive()) {
			throw new IllegalStateException("Enrolment " + id + " is no longer active");
		}
		return moveTo(EnrolmentStatus.CANCELLED, EnrolmentChange.CANCELLED, actor, reason);
	}

	/**
	 * Moves the enrolment to another cohort. The caller places it there right away (seat
	 * or waitlist) unless it still awaits approval; the history keeps every entry of the
	 * old cohort.
	 */
	EnrolmentHistoryEntry moveToCohort(long targetCohortId, Actor actor, @Nullable String reason) {
		if (!status.isActive()) {
			throw new IllegalStateException("Enrolment " + id + " is no longer active");
		}
		this.cohortId = targetCohortId;
		this.waitlistPosition = null;
		this.offerExpiresAt = null;
		if (status != EnrolmentStatus.AWAITING_APPROVAL) {
			// placed again in the target cohort by the caller; until then it holds
			// nothing there
			this.status = EnrolmentStatus.AWAITING_APPROVAL;
		}
		return entry(EnrolmentChange.MOVED_TO_COHORT, actor, reason, null);
	}

	private EnrolmentHistoryEntry moveTo(EnrolmentStatus next, EnrolmentChange change, Actor actor,
			@Nullable String reason) {
		this.status = next;
		this.statusChangedAt = Instant.now();
		this.waitlistPosition = null;
		this.offerExpiresAt = null;
		return entry(change, actor, reason, null);
	}

	private EnrolmentHistoryEntry entry(EnrolmentChange change, Actor actor, @Nullable String reason,
			@Nullable Integer position) {
		return new EnrolmentHistoryEntry(this, change, actor, reason, position);
	}

	private void requireStatus(EnrolmentStatus expected) {
		if (status != expected) {
			throw new IllegalStateException("Enrolment " + id + " is " + status + ", not " + expected);
		}
	}

	Long getId() {
		return id;
	}

	long getCohortId() {
		return cohortId;
	}

	long getPersonId() {
		return personId;
	}

	EnrolmentStatus getStatus() {
		return status;
	}

	Instant getRequestedAt() {
		return requestedAt;
	}

	Instant getStatusChangedAt() {
		return statusChangedAt;
	}

	@Nullable Integer getWaitlistPosition() {
		return waitlistPosition;
	}

	@Nullable Instant getOfferExpiresAt() {
		return offerExpiresAt;
	}

	@Nullable String getManagerName() {
		return managerName;
	}

	@Nullable String getManagerEmail() {
		return managerEmail;
	}

	long getVersion() {
		return version;
	}

}
