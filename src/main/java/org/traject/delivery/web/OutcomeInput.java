package org.traject.delivery.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import org.jspecify.annotations.Nullable;
import org.traject.delivery.CareerOutcomeKind;

/**
 * A career outcome as typed: a kind, a date not in the future, a role title of sensible
 * length. Bound from the outcome forms of the secretary and of the participant.
 */
record OutcomeInput(@Nullable CareerOutcomeKind kind, @Nullable String roleTitle,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate occurredOn) {

	boolean valid() {
		return kind != null && occurredOn != null && !occurredOn.isAfter(LocalDate.now().plusDays(1))
				&& occurredOn.isAfter(LocalDate.of(2000, 1, 1)) && (roleTitle == null || roleTitle.length() <= 200);
	}

}
