package org.traject.cohorts.internal;

import org.jspecify.annotations.Nullable;
import org.traject.cohorts.EnrolmentStatus;

/**
 * What a sign-up came to, shown to the person at once: a seat, a waitlist place, or
 * waiting for approval.
 */
public record SignUpOutcome(long enrolmentId, long cohortId, long personId, EnrolmentStatus status,
		@Nullable Integer waitlistPosition) {
}
