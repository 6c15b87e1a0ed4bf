package org.traject.organisations.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.traject.cohorts.ApprovalRequested;
import org.traject.cohorts.EnrolmentConfirmed;
import org.traject.cohorts.EnrolmentWaitlisted;

/**
 * After a sign-up (or a secretary's enrolment) is committed, the person's free-text
 * organisation is matched to a known one. Whatever the outcome of the sign-up (a seat, a
 * waitlist place, a request for the manager's approval), the person joins the
 * organisation known by that name or alias; matching again changes nothing, and never
 * brings back someone a secretary took out.
 */
@Component
class SignUpMatching {

	private final OrganisationDirectory directory;

	SignUpMatching(OrganisationDirectory directory) {
		this.directory = directory;
	}

	@ApplicationModuleListener
	void on(EnrolmentConfirmed event) {
		directory.matchPerson(event.personId());
	}

	@ApplicationModuleListener
	void on(EnrolmentWaitlisted event) {
		directory.matchPerson(event.personId());
	}

	@ApplicationModuleListener
	void on(ApprovalRequested event) {
		directory.matchPerson(event.personId());
	}

}
