package org.traject.cohorts;

import org.jspecify.annotations.Nullable;
import org.traject.people.Actor;

/**
 * The enrolment was cancelled: by the participant, by a secretary (with a reason), or
 * because the cohort was cancelled ({@code by} is then SECRETARY and the reason says so).
 * {@code previousStatus} tells whether a seat, an offer, a waitlist place or an approval
 * request ended.
 */
public record EnrolmentCancelled(long changeId, long enrolmentId, long cohortId, long programmeId, long personId,
		EnrolmentStatus previousStatus, Actor.Capacity by, @Nullable String reason) implements EnrolmentChanged {
}
