package org.traject.cohorts;

/** How an enrolment came to its seat or waitlist place. */
public enum Placement {

	/** The participant signed up. */
	SIGN_UP,
	/** The manager approved; the place is the one the request time earned. */
	APPROVAL,
	/**
	 * A freed seat went to the head of the waitlist (CONFIRM_NEXT), or a secretary
	 * promoted by hand.
	 */
	PROMOTION,
	/** The participant accepted an offered seat. */
	OFFER_ACCEPTED,
	/** A secretary enrolled the person by hand. */
	SECRETARY,
	/** A secretary moved the enrolment here from another cohort of the programme. */
	MOVE

}
