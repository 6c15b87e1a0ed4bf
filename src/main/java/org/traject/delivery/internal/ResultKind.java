package org.traject.delivery.internal;

import java.util.List;

import org.traject.catalogue.ModuleType;

/**
 * How a module's result is stated: an exam is passed, an assignment approved, an
 * internship done.
 */
public enum ResultKind {

	PASS(ResultOutcome.PASSED, ResultOutcome.NOT_PASSED), APPROVAL(ResultOutcome.APPROVED, ResultOutcome.NOT_APPROVED),
	DONE(ResultOutcome.DONE, ResultOutcome.NOT_DONE);

	private final ResultOutcome positive;

	private final ResultOutcome negative;

	ResultKind(ResultOutcome positive, ResultOutcome negative) {
		this.positive = positive;
		this.negative = negative;
	}

	public static ResultKind of(ModuleType type) {
		return switch (type) {
			case EXAM, ELECTIVE_DIPLOMA_MODULE -> PASS;
			case LEADERSHIP_ASSIGNMENT -> APPROVAL;
			default -> DONE;
		};
	}

	public ResultOutcome positive() {
		return positive;
	}

	public ResultOutcome negative() {
		return negative;
	}

	/** The two outcomes a secretary chooses from, the positive one first. */
	public List<ResultOutcome> outcomes() {
		return List.of(positive, negative);
	}

}
