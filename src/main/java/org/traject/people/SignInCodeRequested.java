package org.traject.people;

import java.time.Instant;

/**
 * A person who signed in with their password asked for a one-time code by email as their
 * second factor. Carries the only copy of the code; it works once, for this person, until
 * {@code expiresAt}.
 *
 * @param codeId identifies this request (one email per request)
 * @param enterPath the page where the code is typed, with the code filled in
 */
public record SignInCodeRequested(long codeId, long personId, String email, String displayName,
		String preferredLanguage, String code, String enterPath, Instant expiresAt) {

	/** The code stays out of logs. */
	@Override
	public String toString() {
		return "SignInCodeRequested[codeId=" + codeId + ", personId=" + personId + "]";
	}
}
