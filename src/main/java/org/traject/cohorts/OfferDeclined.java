package org.traject.cohorts;

/** The person declined the offered seat; it passes to the next on the waitlist. */
public record OfferDeclined(long changeId, long enrolmentId, long cohortId, long programmeId,
		long personId) implements EnrolmentChanged {
}
