package org.traject.people;

import java.time.Instant;

/**
 * A new account waits for its email address to be confirmed; it cannot sign in until
 * then. Carries the link to send (with the only copy of the raw token); the link works
 * once, until {@code expiresAt}.
 *
 * @param tokenId identifies this request (one email per request)
 * @param confirmationPath the link's path inside Traject, e.g.
 * {@code /account/confirm/<token>}
 */
public record EmailConfirmationRequested(long tokenId, long personId, String email, String displayName,
		String preferredLanguage, String confirmationPath, Instant expiresAt) {

	/** The token stays out of logs. */
	@Override
	public String toString() {
		return "EmailConfirmationRequested[tokenId=" + tokenId + ", personId=" + personId + "]";
	}
}
