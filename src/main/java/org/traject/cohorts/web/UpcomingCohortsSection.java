package org.traject.cohorts.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ProgrammePageSection;
import org.traject.cohorts.Cohorts;

/** On a programme page: its upcoming cohorts with their sessions, seats and sign-up, or the interest-list offer. */
@Component
class UpcomingCohortsSection implements ProgrammePageSection {

	private final Cohorts cohorts;

	UpcomingCohortsSection(Cohorts cohorts) {
		this.cohorts = cohorts;
	}

	@Override
	public String fragment() {
		return "cohorts/programme :: upcoming";
	}

	@Override
	public Map<String, Object> model(Catalogue.ProgrammeView programme) {
		var upcoming = cohorts.upcoming(programme.id());
		return Map.of("cohorts", upcoming, "programme", programme,
				"anyOpen", upcoming.stream().anyMatch(Cohorts.CohortView::acceptsEnrolment));
	}
}
