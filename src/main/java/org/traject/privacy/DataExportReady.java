package org.traject.privacy;

import java.time.Instant;

/**
 * A person's copy of their data has been built and waits for them until
 * {@code expiresAt}; the email that tells them links to {@code downloadPath}, which asks
 * them to sign in as themselves.
 */
public record DataExportReady(long exportId, long personId, String email, String displayName, String language,
		String downloadPath, Instant expiresAt) {

	/** The address stays out of logs. */
	@Override
	public String toString() {
		return "DataExportReady[" + exportId + "]";
	}

}
