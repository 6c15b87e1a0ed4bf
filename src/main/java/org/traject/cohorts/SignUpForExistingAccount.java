package org.traject.cohorts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A visitor signed up for a cohort, without signing in, with the email address of an
 * existing account. Nothing was created and the visitor was answered as for a new
 * address; the account holder is told by email instead, with where they stand in this
 * cohort if they are signed up already (a sign-up whose answer was lost, sent again).
 *
 * @param enrolmentId the person's active enrolment in this cohort, if any; then also its
 * status and waitlist place
 */
public record SignUpForExistingAccount(long personId, long cohortId, long programmeId, @Nullable Long enrolmentId,
		@Nullable EnrolmentStatus status, @Nullable Integer waitlistPosition, Instant attemptedAt) {
}
