package org.traject.cohorts.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.traject.cohorts.CohortOverview;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/**
 * On the secretary's start page: upcoming cohorts below their minimum, with a waitlist,
 * with approvals pending or offers about to expire.
 */
@Component
class CohortsNeedingAttentionSection implements StartPageSection {

	private final EnrolmentAdministration administration;

	CohortsNeedingAttentionSection(EnrolmentAdministration administration) {
		this.administration = administration;
	}

	@Override
	public Role role() {
		return Role.SECRETARY;
	}

	@Override
	public String fragment() {
		return "cohorts/console :: attention";
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		return Map.of("cohorts",
				administration.currentOverview().stream().filter(CohortOverview::needsAttention).toList());
	}

	@Override
	public int order() {
		return 10;
	}

}
