package org.traject.delivery.internal;

import org.traject.web.Refusal;

/**
 * A delivery action the rules refuse; the web layer shows
 * {@code delivery.refused.<reason>}.
 */
public class DeliveryRefusedException extends Refusal {

	public enum Reason {

		/** The enrolment is not a confirmed place in this cohort. */
		NOT_A_PARTICIPANT,
		/** The participant has completed already; that decision is final. */
		ALREADY_COMPLETED,
		/** Completing someone who does not meet the rule needs a reason. */
		NOTE_REQUIRED,
		/** The cohort cannot be closed while participants wait for a decision. */
		UNDECIDED_PARTICIPANTS,
		/** The cohort was cancelled. */
		COHORT_CANCELLED

	}

	private final Reason reason;

	public DeliveryRefusedException(Reason reason) {
		super("delivery.refused." + reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

}
