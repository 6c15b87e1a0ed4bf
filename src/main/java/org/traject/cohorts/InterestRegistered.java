package org.traject.cohorts;

import org.jspecify.annotations.Nullable;

/**
 * Someone asked to be told when a next cohort of the programme opens. When
 * {@code confirmationLink} is set ({@code /interest/confirm/<token>}), the address must
 * be confirmed through it before the registration counts; a signed-in person's
 * registration counts at once and carries none.
 */
public record InterestRegistered(long registrationId, long programmeId, String email, String language,
		@Nullable String confirmationLink) {
}
