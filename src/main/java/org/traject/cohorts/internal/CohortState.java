package org.traject.cohorts.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;

/** A cohort as read under its row lock: what the enrolment rules decide on. */
public record CohortState(long id, long programmeId, int capacity, int seatsHeld, CohortStatus status,
		SeatRelease seatRelease, int offerHours, @Nullable LocalDate enrolmentOpens,
		@Nullable LocalDate enrolmentCloses, LocalDate startDate, String timeZone) {

	LocalDate today() {
		return LocalDate.now(ZoneId.of(timeZone));
	}

	/**
	 * Open, inside the enrolment window, not yet started:
	 * {@link Cohorts.CohortView#acceptsEnrolment}'s rule.
	 */
	boolean acceptsEnrolment() {
		return Cohorts.CohortView.acceptsEnrolment(status, enrolmentOpens, enrolmentCloses, startDate, today());
	}

	/**
	 * Whether a freed seat goes to the waitlist by itself. Not once enrolment has closed
	 * or the cohort has started: then only a secretary promotes, by hand.
	 */
	boolean promotesAutomatically() {
		LocalDate today = today();
		return status == CohortStatus.OPEN && (enrolmentCloses == null || !today.isAfter(enrolmentCloses))
				&& today.isBefore(startDate);
	}
}
