package org.traject.cohorts;

/**
 * The person did not answer the offer in time; the seat passes to the next on the
 * waitlist.
 */
public record OfferExpired(long changeId, long enrolmentId, long cohortId, long programmeId,
		long personId) implements EnrolmentChanged {
}
