package org.traject.cohorts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A secretary's decision on a cohort below its minimum: {@code GOES_AHEAD} or
 * {@code CANCELLED}.
 */
public record CohortDecision(String decision, @Nullable String reason, Instant decidedAt) {

	public boolean goesAhead() {
		return "GOES_AHEAD".equals(decision);
	}
}
