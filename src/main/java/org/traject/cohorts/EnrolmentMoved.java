package org.traject.cohorts;

import org.jspecify.annotations.Nullable;

/**
 * A secretary moved the enrolment to another cohort of the same programme
 * ({@code cohortId} is the new one). It is now {@code status} there, at
 * {@code waitlistPosition} when waitlisted.
 */
public record EnrolmentMoved(long changeId, long enrolmentId, long cohortId, long programmeId, long personId,
		long fromCohortId, EnrolmentStatus status, @Nullable Integer waitlistPosition,
		@Nullable String reason) implements EnrolmentChanged {
}
