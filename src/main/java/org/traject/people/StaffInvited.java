package org.traject.people;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An administrator invited a member of staff (or Traject created its first
 * administrator). Carries the link to choose a password, with the only copy of the raw
 * token; the link works once, until {@code expiresAt}.
 *
 * @param invitedBy the administrator's name, or null for the first administrator
 */
public record StaffInvited(long tokenId, long personId, String email, String displayName, String preferredLanguage,
		String invitationPath, Instant expiresAt, @Nullable String invitedBy) {

	/** How long an invitation link works. */
	public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

	/** The token stays out of logs. */
	@Override
	public String toString() {
		return "StaffInvited[tokenId=" + tokenId + ", personId=" + personId + "]";
	}
}
