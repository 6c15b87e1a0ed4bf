package org.traject.privacy;

import java.time.Instant;

/**
 * A person's account has not been used for the retention period: it will be erased on
 * {@code eraseOn} unless they sign in before.
 */
public record InactiveAccountWarned(long personId, String email, String displayName, String language, Instant eraseOn) {

	/** The address stays out of logs. */
	@Override
	public String toString() {
		return "InactiveAccountWarned[" + personId + "]";
	}

}
