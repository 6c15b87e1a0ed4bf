package org.traject.delivery.internal;

/**
 * A participant's result for a module. Only the positive outcome of the module's kind
 * satisfies a rule.
 */
public enum ResultOutcome {

	PASSED(true), NOT_PASSED(false), APPROVED(true), NOT_APPROVED(false), DONE(true), NOT_DONE(false);

	private final boolean positive;

	ResultOutcome(boolean positive) {
		this.positive = positive;
	}

	public boolean isPositive() {
		return positive;
	}

}
