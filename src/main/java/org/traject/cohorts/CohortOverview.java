package org.traject.cohorts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A cohort with its counts: a row of the secretary's cohort list, and what start pages
 * count.
 * <p>
 * Seats taken are confirmed places and open offers; the minimum counts confirmed places
 * only, since an offer may still be declined. Whether a cohort below its minimum goes
 * ahead is decided within {@link #DECISION_WINDOW} before its start: only then is it
 * flagged as needing attention, and until a decision is recorded.
 */
public record CohortOverview(long id, long programmeId, String programmeTitle, String programmeLanguage, String code,
		java.time.LocalDate startDate, CohortStatus status, String timeZone, int capacity, int minParticipants,
		long confirmed, long offered, long waitlisted, long awaitingApproval, long interestListSize,
		@Nullable Instant nextOfferExpiry, @Nullable String decision, @Nullable Instant oldestApprovalRequest) {

	/**
	 * How long a request may wait for a manager's approval before the secretary's start
	 * page lists it: long enough for a manager to read their email, short enough to chase
	 * them before the cohort fills.
	 */
	public static final java.time.Duration APPROVAL_WAIT = java.time.Duration.ofDays(5);

	/** How far ahead an open offer counts as about to lapse. */
	public static final java.time.Duration OFFER_LAPSE_WARNING = java.time.Duration.ofHours(24);

	public boolean isUpcoming() {
		return status == CohortStatus.PLANNED || status == CohortStatus.OPEN;
	}

	/**
	 * How long before its start a cohort below its minimum is decided on: go ahead, or
	 * cancel.
	 */
	public static final java.time.Period DECISION_WINDOW = java.time.Period.ofWeeks(4);

	public boolean belowMinimum() {
		return isUpcoming() && confirmed < minParticipants && !"GOES_AHEAD".equals(decision);
	}

	/**
	 * The day from which the minimum-numbers decision is due: {@link #DECISION_WINDOW}
	 * before the start.
	 */
	public java.time.LocalDate decisionDueFrom() {
		return startDate.minus(DECISION_WINDOW);
	}

	/**
	 * Below its minimum, undecided, and the start is within the decision window: decide
	 * now.
	 */
	public boolean minimumDecisionDue() {
		return belowMinimum() && !java.time.LocalDate.now(java.time.ZoneId.of(timeZone)).isBefore(decisionDueFrom());
	}

	public boolean offersExpiringSoon() {
		return nextOfferExpiry != null && nextOfferExpiry.isBefore(Instant.now().plus(OFFER_LAPSE_WARNING));
	}

	/**
	 * A minimum-numbers decision due, people waiting, approvals pending or offers about
	 * to expire.
	 */
	public boolean needsAttention() {
		return isUpcoming() && (minimumDecisionDue() || waitlisted > 0 || awaitingApproval > 0 || offersExpiringSoon());
	}

	/**
	 * A request has waited for a manager's approval longer than {@link #APPROVAL_WAIT}.
	 */
	public boolean approvalsOverdue() {
		return isUpcoming() && oldestApprovalRequest != null
				&& oldestApprovalRequest.isBefore(Instant.now().minus(APPROVAL_WAIT));
	}

	/**
	 * People wait while a seat is free: a secretary gives it (the cohort hands freed
	 * seats on by hand, or the free seat came from a larger capacity).
	 */
	public boolean waitlistBesideFreeSeat() {
		return isUpcoming() && waitlisted > 0 && confirmed + offered < capacity;
	}

	public long seatsTaken() {
		return confirmed + offered;
	}

	public int fillPercent() {
		return capacity == 0 ? 100 : (int) ((confirmed + offered) * 100 / capacity);
	}
}
