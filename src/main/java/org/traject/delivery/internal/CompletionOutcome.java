package org.traject.delivery.internal;

/** The secretary's decision on a participant at the end of a cohort. */
public enum CompletionOutcome {

	COMPLETED, NOT_COMPLETED

}
