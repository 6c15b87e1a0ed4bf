package org.traject.cohorts.internal;

/** What happened to an enrolment, as kept in its history. */
public enum EnrolmentChange {

	APPROVAL_REQUESTED, APPROVED, APPROVAL_DECLINED, APPROVAL_EXPIRED, CONFIRMED, WAITLISTED, PROMOTED, OFFERED,
	OFFER_ACCEPTED, OFFER_DECLINED, OFFER_EXPIRED, WAITLIST_MOVED, MOVED_TO_COHORT, CANCELLED

}
