package org.traject.people;

/**
 * An account with this email address exists already (addresses are compared
 * case-insensitively).
 */
public class EmailAlreadyRegisteredException extends RuntimeException {

	public EmailAlreadyRegisteredException(String email) {
		super("An account exists for this email address");
	}

}
