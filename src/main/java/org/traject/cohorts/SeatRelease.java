package org.traject.cohorts;

/** How a freed seat is handed to the head of the waitlist. */
public enum SeatRelease {

	/** The next person is confirmed at once. */
	CONFIRM_NEXT,
	/** The next person is offered the seat, valid for the cohort's offer hours. */
	OFFER

}
