package org.traject.cohorts;

import org.jspecify.annotations.Nullable;

/**
 * A secretary cancelled the cohort (usually because it did not reach its minimum). Every
 * active enrolment in it was cancelled too, each with its own {@link EnrolmentCancelled}.
 */
public record CohortCancelled(long cohortId, long programmeId, @Nullable String reason) {
}
