package org.traject.cohorts;

/** The cohort was full: the person is at {@code position} (1 = next) of its waitlist. */
public record EnrolmentWaitlisted(long changeId, long enrolmentId, long cohortId, long programmeId, long personId,
		int position, Placement via) implements EnrolmentChanged {
}
