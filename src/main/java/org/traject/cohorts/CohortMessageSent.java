package org.traject.cohorts;

/**
 * A course secretary sent a message to people of a cohort. Its recipients, subject and
 * body are read through {@link Cohorts#message(long)}; the message id identifies the
 * occurrence, so each recipient's copy is queued once however often the event is handled.
 */
public record CohortMessageSent(long messageId, long cohortId, long programmeId) {
}
