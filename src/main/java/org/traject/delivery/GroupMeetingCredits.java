package org.traject.delivery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ModuleType;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.EnrolmentStatus;
import org.traject.delivery.internal.Completions;
import org.traject.delivery.internal.CreditedResults;

/**
 * Attended group meetings (network clusters, intervision, project groups) count for the
 * programme's network-group-meeting modules, as a session's attendance counts: present
 * always, excused only when the programme's completion rule counts excused absences. With
 * N meetings counted, the first N such modules of the participant's place in the cohort
 * are done, so the completion rule sees them like any other result. The groups module
 * calls this whenever a member's attendance changes or a meeting disappears. A result a
 * secretary recorded by hand is never changed, and a lower count takes back only results
 * made this way.
 */
@Service
public class GroupMeetingCredits {

	private final Cohorts cohorts;

	private final Catalogue catalogue;

	private final Completions completions;

	private final CreditedResults credits;

	GroupMeetingCredits(Cohorts cohorts, Catalogue catalogue, Completions completions, CreditedResults credits) {
		this.cohorts = cohorts;
		this.catalogue = catalogue;
		this.completions = completions;
		this.credits = credits;
	}

	/**
	 * @param present the meetings of the cohort's groups the person attended, as the
	 * groups module counts them
	 * @param excused the meetings they were excused from
	 * @return how many meetings counted (0 when the person has no confirmed place in the
	 * cohort)
	 */
	@Transactional
	public int credit(long cohortId, long personId, int present, int excused) {
		var place = cohorts.enrolmentsOf(personId)
			.stream()
			.filter(e -> e.cohortId() == cohortId && e.status() == EnrolmentStatus.CONFIRMED)
			.findFirst();
		if (place.isEmpty()) {
			return 0;
		}
		var programme = catalogue.find(place.get().programmeId());
		if (programme.isEmpty()) {
			return 0;
		}
		int counted = present + (completions.ruleOf(programme.get().id()).excusedCounts() ? excused : 0);
		credits.credit(place.get(), programme.get(), ModuleType.NETWORK_GROUP_MEETING, counted);
		return counted;
	}

}
