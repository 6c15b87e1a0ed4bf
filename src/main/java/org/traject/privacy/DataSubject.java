package org.traject.privacy;

import java.util.Locale;

/**
 * The person whose data is exported or erased: their account id and the email address the
 * account had when the request was carried out (some data, such as emails sent or
 * feedback given before an account existed, is found by address only), and the language
 * they read, for names that exist in several languages.
 */
public record DataSubject(long personId, String email, String displayName, Locale language) {

	/** The address stays out of logs. */
	@Override
	public String toString() {
		return "DataSubject[" + personId + "]";
	}

}
