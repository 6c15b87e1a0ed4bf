package org.traject.cohorts;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.traject.catalogue.Catalogue;

/**
 * A cohort's enrolments with the people's names, as other modules read them (delivery's
 * attendance sheets, results and completion board). It carries what a roster line shows,
 * not the secretary's actions on it.
 */
public record CohortRoster(Cohorts.CohortView cohort, Catalogue.ProgrammeView programme, List<Participant> lines) {

	/** The participants with a confirmed place, by name. */
	public List<Participant> confirmed() {
		return lines.stream()
			.filter(l -> l.status() == EnrolmentStatus.CONFIRMED)
			.sorted(Comparator.comparing(Participant::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** One enrolment of the cohort and the person it belongs to. */
	public record Participant(long enrolmentId, long personId, String name, String email, @Nullable String organisation,
			EnrolmentStatus status) {
	}
}
