package org.traject.development.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.EnrolmentStatus;
import org.traject.cohorts.EnrolmentView;
import org.traject.development.ParticipantProgrammes;

/**
 * The programmes a person holds a confirmed place in, from the cohorts module: their
 * measurement is asked on the profile such a programme develops, and its modules are
 * suggested.
 */
@Component
class EnrolledProgrammes implements ParticipantProgrammes {

	private final Cohorts cohorts;

	EnrolledProgrammes(Cohorts cohorts) {
		this.cohorts = cohorts;
	}

	@Override
	public List<Long> programmeIdsOf(long personId) {
		return cohorts.enrolmentsOf(personId)
			.stream()
			.filter(e -> e.status() == EnrolmentStatus.CONFIRMED)
			.map(EnrolmentView::programmeId)
			.distinct()
			.toList();
	}

}
