package org.traject.cohorts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The settings of a cohort, as a secretary enters them. {@link #problems()} names what
 * breaks the rules.
 */
public record CohortSettings(String code, LocalDate startDate, LocalDate endDate, @Nullable String location,
		boolean online, String timeZone, int capacity, int minParticipants, @Nullable LocalDate enrolmentOpens,
		@Nullable LocalDate enrolmentCloses, SeatRelease seatRelease, int offerHours) {

	/** A rule broken, as (field, message key). */
	public record Problem(String field, String messageKey) {
	}

	public List<Problem> problems() {
		var problems = new ArrayList<Problem>();
		if (endDate.isBefore(startDate)) {
			problems.add(new Problem("endDate", "cohorts.error.endBeforeStart"));
		}
		if (minParticipants > capacity) {
			problems.add(new Problem("minParticipants", "cohorts.error.minimumAboveCapacity"));
		}
		if (enrolmentCloses != null && enrolmentCloses.isAfter(startDate)) {
			problems.add(new Problem("enrolmentCloses", "cohorts.error.closesAfterStart"));
		}
		if (enrolmentOpens != null && enrolmentCloses != null && enrolmentOpens.isAfter(enrolmentCloses)) {
			problems.add(new Problem("enrolmentOpens", "cohorts.error.opensAfterCloses"));
		}
		if (!online && (location == null || location.isBlank())) {
			problems.add(new Problem("location", "cohorts.error.locationRequired"));
		}
		return problems;
	}
}
