package org.traject.delivery;

import java.util.Comparator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ModuleType;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.EnrolmentStatus;
import org.traject.cohorts.EnrolmentView;
import org.traject.delivery.internal.CreditedResults;

/**
 * Held coaching appointments count for the programme's coaching-session modules, so the
 * completion rule sees them like any other result: with N appointments held, the first N
 * coaching modules of the participant's place in the programme are done. The coaching
 * module calls this whenever a coach records or corrects an appointment's outcome.
 * Results made this way carry no recorder; a result a secretary recorded is never
 * changed, and a corrected "held" (a no-show after all) takes back only a result made
 * this way.
 */
@Service
public class CoachingCredits {

	private final Cohorts cohorts;

	private final Catalogue catalogue;

	private final CreditedResults credits;

	CoachingCredits(Cohorts cohorts, Catalogue catalogue, CreditedResults credits) {
		this.cohorts = cohorts;
		this.catalogue = catalogue;
		this.credits = credits;
	}

	/**
	 * @param held the appointments held in the programme so far, as the coaching module
	 * counts them
	 */
	@Transactional
	public void credit(long participantId, long programmeId, int held) {
		var enrolment = cohorts.enrolmentsOf(participantId)
			.stream()
			.filter(e -> e.programmeId() == programmeId)
			.filter(e -> e.status() == EnrolmentStatus.CONFIRMED)
			.max(Comparator.comparing(EnrolmentView::startDate));
		var programme = catalogue.find(programmeId);
		if (enrolment.isEmpty() || programme.isEmpty()) {
			return;
		}
		credits.credit(enrolment.get(), programme.get(), ModuleType.COACHING_SESSION, held);
	}

}
