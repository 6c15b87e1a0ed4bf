package org.traject.cohorts;

/**
 * What every enrolment event carries. {@code changeId} identifies the occurrence (the
 * history entry it records), so a listener that is handed the same event twice can tell.
 * Person, cohort and programme are ids: read them through {@code People}, {@link Cohorts}
 * and {@code Catalogue}.
 */
public interface EnrolmentChanged {

	long changeId();

	long enrolmentId();

	long cohortId();

	long programmeId();

	long personId();

}
