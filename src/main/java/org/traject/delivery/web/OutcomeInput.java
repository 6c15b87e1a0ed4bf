package org.traject.delivery.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.traject.delivery.internal.CareerOutcomeKind;

/**
 * The checks on a career outcome as typed: a kind, a date not in the future, a role title
 * of sensible length.
 */
final class OutcomeInput {

	private OutcomeInput() {
	}

	static boolean valid(@Nullable CareerOutcomeKind kind, @Nullable String roleTitle, @Nullable LocalDate occurredOn) {
		return kind != null && occurredOn != null && !occurredOn.isAfter(LocalDate.now().plusDays(1))
				&& occurredOn.isAfter(LocalDate.of(2000, 1, 1)) && (roleTitle == null || roleTitle.length() <= 200);
	}

}
