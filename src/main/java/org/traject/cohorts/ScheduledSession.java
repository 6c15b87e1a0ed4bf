package org.traject.cohorts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A session in the calendar of all cohorts, with what names its cohort. */
public record ScheduledSession(long sessionId, long cohortId, String cohortCode, String programmeTitle,
		String programmeLanguage, String timeZone, String title, Instant startsAt, Instant endsAt,
		@Nullable String location) {
}
