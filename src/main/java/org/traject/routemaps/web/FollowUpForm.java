package org.traject.routemaps.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A follow-up action agreed in a conversation: what, who, by when. */
record FollowUpForm(
		@NotBlank(message = "{routemaps.field.required}") @Size(max = 1000,
				message = "{routemaps.field.tooLong}") @Nullable String action,
		@NotBlank(message = "{routemaps.field.required}") @Size(max = 200,
				message = "{routemaps.field.tooLong}") @Nullable String owner,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn) {
}
