package org.traject.cohorts.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.traject.cohorts.CohortOpened;

/** What follows, after the commit, from a cohort opening for enrolment. */
@Component
class EnrolmentListeners {

	private final InterestLists interestLists;

	private final EnrolmentAdministration administration;

	EnrolmentListeners(InterestLists interestLists, EnrolmentAdministration administration) {
		this.interestLists = interestLists;
		this.administration = administration;
	}

	/**
	 * The programme's interest list is invited, oldest first; seats that are free go to
	 * anyone already waiting.
	 */
	@ApplicationModuleListener
	void on(CohortOpened event) {
		interestLists.invite(event.cohortId());
		administration.passFreeSeats(event.cohortId());
	}

}
