package org.traject.routemaps.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The date of a step's conversation with a member, and who takes part. */
record PlanForm(
		@NotNull(message = "{routemaps.plan.date.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate plannedOn,
		@Size(max = 1000, message = "{routemaps.field.tooLong}") @Nullable String participants) {
}
