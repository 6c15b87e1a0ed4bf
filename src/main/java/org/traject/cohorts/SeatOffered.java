package org.traject.cohorts;

import java.time.Instant;

/**
 * A seat freed and the person, head of the waitlist, is offered it until
 * {@code expiresAt}. {@code offerLink} is the path of the single-use link that accepts or
 * declines it without signing in ({@code /offers/<token>}); the participant can also
 * answer on {@code /my/enrolments/<enrolmentId>}.
 */
public record SeatOffered(long changeId, long enrolmentId, long cohortId, long programmeId, long personId,
		Instant expiresAt, String offerLink) implements EnrolmentChanged {
}
