package org.traject.catalogue.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.competencies.ProfileUsage;

/** Tells the profile admin how many programmes develop a profile. */
@Component
class ProgrammeProfileUsage implements ProfileUsage {

	private final ProgrammeRepository programmes;

	ProgrammeProfileUsage(ProgrammeRepository programmes) {
		this.programmes = programmes;
	}

	@Override
	public long usagesOf(long profileVersionId) {
		return 0;
	}

	@Override
	@Transactional(readOnly = true)
	public long usagesOfProfile(long profileId) {
		return programmes.countByCompetencyProfileId(profileId);
	}

}
