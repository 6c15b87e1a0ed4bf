package org.traject.cohorts;

/** Where a cohort is in its life. */
public enum CohortStatus {

	PLANNED, OPEN, RUNNING, COMPLETED, CANCELLED;

	/**
	 * Whether its enrolments can still change: be cancelled, promoted, reordered on the
	 * waitlist or moved in or out. A completed cohort's enrolments are its record
	 * (attendance, results, certificates), and a cancelled cohort's enrolments have all
	 * ended with it.
	 */
	public boolean allowsEnrolmentChanges() {
		return this != COMPLETED && this != CANCELLED;
	}

}
