package org.traject.organisations.internal;

import org.jspecify.annotations.Nullable;
import org.traject.web.Refusal;

/**
 * A change to an organisation that its rules do not allow; the message key says why, the
 * field where the message belongs.
 */
public class OrganisationRefusedException extends Refusal {

	public enum Reason {

		/** Another organisation has this name or alias. */
		NAME_TAKEN("name"),
		/** Another organisation (or this one) is known by this alias already. */
		ALIAS_TAKEN("alias"), ALIAS_REQUIRED("alias"),
		/** No account has this email address. */
		PERSON_UNKNOWN("email"),
		/** The duplicate to merge is not a known name or alias. */
		DUPLICATE_UNKNOWN("duplicate"),
		/** The duplicate named is the organisation itself. */
		DUPLICATE_IS_SELF("duplicate");

		private final String field;

		Reason(String field) {
			this.field = field;
		}

	}

	private final Reason reason;

	/**
	 * @param argument what the message names (the organisation that has the name), or
	 * null
	 */
	public OrganisationRefusedException(Reason reason, @Nullable String argument) {
		super(reason.field, "organisations.refused." + reason.name(), argument);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
