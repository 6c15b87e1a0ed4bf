package org.traject.cohorts;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an enrolment stands. The first four are active; the last three are ends (an
 * enrolment is never deleted).
 */
public enum EnrolmentStatus {

	/**
	 * Waiting for the participant's manager to approve; holds no seat and no waitlist
	 * place yet.
	 */
	AWAITING_APPROVAL,
	/** In the cohort's waitlist, at a numbered place. */
	WAITLISTED,
	/** Offered a freed seat until a deadline; the seat is kept for them meanwhile. */
	OFFERED,
	/** Holds a seat. */
	CONFIRMED,
	/** Cancelled by the participant, a secretary, or because the cohort was cancelled. */
	CANCELLED,
	/** The manager declined, or the participant declined an offered seat. */
	DECLINED,
	/** An offer or an approval link ran out. */
	EXPIRED;

	// written out again in EnrolmentRepository.hasActiveEnrolment: change both together
	public static final Set<EnrolmentStatus> ACTIVE = EnumSet.of(AWAITING_APPROVAL, WAITLISTED, OFFERED, CONFIRMED);

	public boolean isActive() {
		return ACTIVE.contains(this);
	}

	/** Whether this status counts towards the cohort's seats. */
	public boolean holdsSeat() {
		return this == CONFIRMED || this == OFFERED;
	}

	/**
	 * The badge's style ({@code status-*} in enrolment.css). Decided here once rather
	 * than by a chain of conditions in the template, which a roster evaluates for every
	 * row.
	 */
	public String badgeClass() {
		return switch (this) {
			case CONFIRMED -> "status-confirmed";
			case WAITLISTED -> "status-waitlisted";
			case OFFERED -> "status-offered";
			case AWAITING_APPROVAL -> "status-pending";
			case CANCELLED, DECLINED, EXPIRED -> "status-cancelled";
		};
	}

	/** The badge's symbol, beside the words (colour is never the only sign). */
	public String badgeSymbol() {
		return switch (this) {
			case CONFIRMED -> "✓";
			case WAITLISTED -> "⋯";
			case OFFERED -> "★";
			case AWAITING_APPROVAL -> "◷";
			case CANCELLED, DECLINED, EXPIRED -> "✕";
		};
	}

}
