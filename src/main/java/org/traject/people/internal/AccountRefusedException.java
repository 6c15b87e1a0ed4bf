package org.traject.people.internal;

import org.traject.web.Refusal;

/**
 * An account change an administrator may not make; {@link #messageKey()} says why, in the
 * reader's language.
 */
public class AccountRefusedException extends Refusal {

	public enum Reason {

		/** Nobody would be left to administer Traject. */
		LAST_ADMINISTRATOR,
		/** An administrator cannot deactivate their own account. */
		OWN_ACCOUNT,
		/** The address belongs to an account already. */
		EMAIL_TAKEN,
		/**
		 * The person has chosen a password: there is no invitation to resend or revoke.
		 */
		NO_OPEN_INVITATION

	}

	private final Reason reason;

	public AccountRefusedException(Reason reason) {
		super("people.admin.refused." + reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
