package org.traject.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ModuleType;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.EnrolmentStatus;
import org.traject.cohorts.EnrolmentView;
import org.traject.delivery.internal.ResultOutcome;

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

	private final JdbcClient jdbc;

	CoachingCredits(Cohorts cohorts, Catalogue catalogue, JdbcClient jdbc) {
		this.cohorts = cohorts;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
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
		List<Catalogue.ModuleView> coaching = programme.get()
			.modules()
			.stream()
			.filter(m -> m.type() == ModuleType.COACHING_SESSION)
			.sorted(Comparator.comparingInt(Catalogue.ModuleView::position))
			.toList();
		var place = enrolment.get();
		for (int i = 0; i < coaching.size(); i++) {
			long module = coaching.get(i).id();
			if (i < held) {
				jdbc.sql(
						"""
								insert into delivery_module_result
								       (cohort_id, enrolment_id, person_id, programme_module_id, outcome, recorded_at, recorded_by)
								values (:cohort, :enrolment, :person, :module, :outcome, :now, null)
								on conflict (enrolment_id, programme_module_id) do nothing""")
					.param("cohort", place.cohortId())
					.param("enrolment", place.id())
					.param("person", place.personId())
					.param("module", module)
					.param("outcome", ResultOutcome.DONE.name())
					.param("now", Timestamp.from(Instant.now()))
					.update();
			}
			else {
				jdbc.sql("""
						delete from delivery_module_result
						where enrolment_id = :enrolment and programme_module_id = :module
						  and outcome = 'DONE' and recorded_by is null""")
					.param("enrolment", place.id())
					.param("module", module)
					.update();
			}
		}
	}

}
