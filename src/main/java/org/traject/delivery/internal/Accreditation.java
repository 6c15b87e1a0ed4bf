package org.traject.delivery.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Date arithmetic of accreditation. */
public final class Accreditation {

	private Accreditation() {
	}

	/**
	 * Until when a register registration runs after a completion: the completion date
	 * plus the programme's number of years, or none when the programme renews nothing. A
	 * completion on 29 February ends on 28 February of a common year (and on 29 February
	 * when the year it lands in is a leap year again), never on 1 March: the registration
	 * is not stretched past the years granted.
	 */
	public static @Nullable LocalDate validUntil(LocalDate completedOn, @Nullable Integer renewalYears) {
		if (renewalYears == null || renewalYears <= 0) {
			return null;
		}
		return completedOn.plusYears(renewalYears);
	}

}
