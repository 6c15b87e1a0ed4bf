package org.traject.cohorts;

import org.jspecify.annotations.Nullable;

/** The manager declined the enrolment. */
public record ApprovalDeclined(long changeId, long enrolmentId, long cohortId, long programmeId, long personId,
		String managerName, @Nullable String reason) implements EnrolmentChanged {
}
