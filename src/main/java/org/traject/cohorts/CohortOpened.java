package org.traject.cohorts;

/**
 * A cohort opened for enrolment: the programme's interest list is invited, oldest
 * registration first.
 */
public record CohortOpened(long cohortId, long programmeId) {
}
