package org.traject.cohorts.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ProgrammePageSection;
import org.traject.cohorts.Cohorts;

/**
 * On a programme page: its upcoming cohorts with their sessions, seats and sign-up, or
 * the interest-list offer.
 */
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
		boolean anyOpen = upcoming.stream().anyMatch(Cohorts.CohortView::acceptsEnrolment);
		// when nobody can sign up today: the first day they can, shown beside the
		// interest list's "tell me"
		Optional<LocalDate> signUpOpens = anyOpen ? Optional.empty()
				: upcoming.stream()
					.filter(Cohorts.CohortView::signUpOpensLater)
					.map(Cohorts.CohortView::enrolmentOpens)
					.filter(Objects::nonNull)
					.min(Comparator.naturalOrder());
		return Map.of("cohorts", upcoming, "programme", programme, "anyOpen", anyOpen, "signUpOpens", signUpOpens);
	}

}
