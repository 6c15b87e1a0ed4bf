package org.traject.cohorts;

/** The person holds a seat in the cohort. */
public record EnrolmentConfirmed(long changeId, long enrolmentId, long cohortId, long programmeId, long personId,
		Placement via) implements EnrolmentChanged {
}
