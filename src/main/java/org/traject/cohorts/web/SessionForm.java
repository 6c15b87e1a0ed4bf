package org.traject.cohorts.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A session a secretary adds to a cohort: a day, a start and end time in the cohort's
 * zone, and its module.
 */
record SessionForm(@Nullable Long programmeModuleId,
		@NotBlank(message = "{cohorts.form.sessionTitle.required}") @Size(max = 200,
				message = "{cohorts.form.tooLong}") String sessionTitle,
		@NotNull(message = "{cohorts.form.sessionDate.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate sessionDate,
		@NotNull(message = "{cohorts.form.startTime.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime sessionStart,
		@NotNull(message = "{cohorts.form.endTime.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime sessionEnd,
		@Size(max = 200, message = "{cohorts.form.tooLong}") String sessionLocation) {

	SessionForm {
		sessionTitle = sessionTitle == null ? "" : sessionTitle;
		sessionLocation = sessionLocation == null ? "" : sessionLocation;
	}

	static SessionForm empty() {
		return new SessionForm(null, "", null, LocalTime.of(9, 30), LocalTime.of(16, 30), "");
	}
}
