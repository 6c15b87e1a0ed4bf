package org.traject.delivery;

import java.time.LocalDate;

/**
 * A participant completed a programme and was awarded its accreditation and a
 * certificate.
 */
public record ProgrammeCompleted(long awardId, long personId, long programmeId, long cohortId, String certificateNumber,
		LocalDate completedOn) {
}
