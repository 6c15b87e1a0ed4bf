package org.traject.cohorts;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An enrolment as its participant (and other modules) see it, with its cohort, programme and next session. */
public record EnrolmentView(long id, long personId, long cohortId, String cohortCode, long programmeId,
		String programmeTitle, String programmeSlug, String programmeLanguage, LocalDate startDate,
		LocalDate endDate, @Nullable String location, boolean online, String timeZone, CohortStatus cohortStatus,
		EnrolmentStatus status, @Nullable Integer waitlistPosition, @Nullable Instant offerExpiresAt,
		Instant requestedAt, Instant statusChangedAt, @Nullable String managerName,
		Cohorts.@Nullable SessionView nextSession) {

	public boolean isActive() {
		return status.isActive();
	}

	public boolean canAnswerOffer() {
		return status == EnrolmentStatus.OFFERED && offerExpiresAt != null && offerExpiresAt.isAfter(Instant.now());
	}
}
