package org.traject.cohorts;

import org.jspecify.annotations.Nullable;

/**
 * A secretary decided that the cohort goes ahead, although it has fewer participants than
 * its minimum.
 */
public record CohortConfirmed(long cohortId, long programmeId, @Nullable String reason) {
}
