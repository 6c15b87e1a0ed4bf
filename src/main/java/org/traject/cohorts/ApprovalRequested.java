package org.traject.cohorts;

import java.time.Instant;

/**
 * The programme asks for the manager's approval: the manager is to be sent
 * {@code approvalLink} (a path, {@code /approvals/<token>}, single-use, valid until
 * {@code expiresAt}, no account needed); the participant may be told that the enrolment
 * awaits approval.
 */
public record ApprovalRequested(long changeId, long enrolmentId, long cohortId, long programmeId, long personId,
		String managerName, String managerEmail, String approvalLink, Instant expiresAt) implements EnrolmentChanged {
}
