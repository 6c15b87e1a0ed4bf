package org.traject.cohorts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A cohort with its counts: a row of the secretary's cohort list, and what start pages count. */
public record CohortOverview(long id, long programmeId, String programmeTitle, String programmeLanguage,
		String code, java.time.LocalDate startDate, CohortStatus status, String timeZone, int capacity,
		int minParticipants, long confirmed, long offered, long waitlisted, long awaitingApproval,
		long interestListSize, @Nullable Instant nextOfferExpiry, @Nullable String decision) {

	public boolean isUpcoming() {
		return status == CohortStatus.PLANNED || status == CohortStatus.OPEN;
	}

	public boolean belowMinimum() {
		return isUpcoming() && confirmed < minParticipants && !"GOES_AHEAD".equals(decision);
	}

	public boolean offersExpiringSoon() {
		return nextOfferExpiry != null && nextOfferExpiry.isBefore(Instant.now().plus(java.time.Duration.ofHours(24)));
	}

	/** Below minimum, people waiting, approvals pending or offers about to expire. */
	public boolean needsAttention() {
		return isUpcoming() && (belowMinimum() || waitlisted > 0 || awaitingApproval > 0 || offersExpiringSoon());
	}

	public int fillPercent() {
		return capacity == 0 ? 100 : (int) ((confirmed + offered) * 100 / capacity);
	}
}
