package org.traject.development;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The words of a goal, validated by whoever builds it. */
public record GoalDetails(String title, @Nullable String description, @Nullable String successCriteria,
		@Nullable LocalDate targetDate) {
}
