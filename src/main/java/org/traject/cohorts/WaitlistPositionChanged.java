package org.traject.cohorts;

import org.jspecify.annotations.Nullable;

/**
 * A secretary moved the person (or someone next to them) on the waitlist, with a reason.
 */
public record WaitlistPositionChanged(long changeId, long enrolmentId, long cohortId, long programmeId, long personId,
		int fromPosition, int toPosition, @Nullable String reason) implements EnrolmentChanged {
}
