package org.traject.cohorts;

/** The manager did not answer before the approval link expired; the enrolment ended. */
public record ApprovalExpired(long changeId, long enrolmentId, long cohortId, long programmeId,
		long personId) implements EnrolmentChanged {
}
