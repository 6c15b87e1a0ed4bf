package org.traject.cohorts;

/** Where a cohort is in its life. */
public enum CohortStatus {

	PLANNED, OPEN, RUNNING, COMPLETED, CANCELLED

}
