package org.traject.cohorts;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An enrolment as its participant (and other modules) see it, with its cohort, programme
 * and next session.
 */
public record EnrolmentView(long id, long personId, long cohortId, String cohortCode, long programmeId,
		String programmeTitle, String programmeSlug, String programmeLanguage, LocalDate startDate, LocalDate endDate,
		@Nullable String location, boolean online, String timeZone, CohortStatus cohortStatus, EnrolmentStatus status,
		@Nullable Integer waitlistPosition, @Nullable Instant offerExpiresAt, Instant requestedAt,
		Instant statusChangedAt, @Nullable String managerName, Cohorts.@Nullable SessionView nextSession,
		boolean hasSessions) {

	public boolean isActive() {
		return status.isActive();
	}

	/**
	 * Active, in a cohort that is neither completed nor cancelled (the rule the enrolment
	 * service applies).
	 */
	public boolean canCancel() {
		return status.isActive() && cohortStatus.allowsEnrolmentChanges();
	}

	public boolean canAnswerOffer() {
		return status == EnrolmentStatus.OFFERED && offerExpiresAt != null && offerExpiresAt.isAfter(Instant.now());
	}
}
