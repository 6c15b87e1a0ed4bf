package org.traject.cohorts.internal;

import org.traject.web.Refusal;

/**
 * A request the enrolment rules turn down, with the reason a person is told
 * ({@link #messageKey()}). Nothing changed.
 */
public class EnrolmentRefusedException extends Refusal {

	public enum Reason {

		/**
		 * The cohort does not accept enrolments now (not open, window closed, started).
		 */
		NOT_OPEN,
		/** The person already has an active enrolment in this cohort. */
		ALREADY_ENROLLED,
		/** The enrolment ended already (cancelled, declined, expired). */
		NO_LONGER_ACTIVE,
		/** Promoting by hand needs a free seat. */
		NO_FREE_SEAT,
		/** Only a waitlisted enrolment can be moved on the waitlist or promoted. */
		NOT_WAITLISTED,
		/** The offer was answered already or has expired. */
		OFFER_CLOSED,
		/** The approval was given or refused already, or the link expired. */
		APPROVAL_CLOSED,
		/** An enrolment moves only between cohorts of the same programme. */
		OTHER_PROGRAMME,
		/** The person already has an active enrolment in the target cohort. */
		ALREADY_ENROLLED_THERE,
		/** The cohort was cancelled or has already been decided on. */
		COHORT_CLOSED

	}

	private final Reason reason;

	public EnrolmentRefusedException(Reason reason) {
		super("enrolment.refused." + reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
