package org.traject.people;

import java.time.Instant;

/**
 * Someone asked for a new password for this account. The event carries the link to send
 * (with the only copy of the raw token); the link works once, until {@code expiresAt}.
 *
 * @param tokenId identifies this request (one email per request)
 * @param resetPath the link's path inside Traject, e.g.
 * {@code /account/password-reset/<token>}
 */
public record PasswordResetRequested(long tokenId, long personId, String email, String displayName,
		String preferredLanguage, String resetPath, Instant expiresAt) {

	/** The token stays out of logs. */
	@Override
	public String toString() {
		return "PasswordResetRequested[tokenId=" + tokenId + ", personId=" + personId + "]";
	}
}
