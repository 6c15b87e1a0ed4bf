package org.traject.delivery.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ModuleType;
import org.traject.cohorts.EnrolmentView;

/**
 * Results that another module's records earn (held coaching appointments, attended group
 * meetings): with N of them, the first N modules of the type are done. Results made this
 * way carry no recorder; a result a secretary recorded is never changed, and a lower
 * count takes back only results made this way.
 */
@Component
public class CreditedResults {

	private final JdbcClient jdbc;

	CreditedResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Credits the first {@code done} modules of the type in the place's programme. */
	public void credit(EnrolmentView place, Catalogue.ProgrammeView programme, ModuleType type, int done) {
		List<Catalogue.ModuleView> modules = programme.modules()
			.stream()
			.filter(m -> m.type() == type)
			.sorted(Comparator.comparingInt(Catalogue.ModuleView::position))
			.toList();
		for (int i = 0; i < modules.size(); i++) {
			long module = modules.get(i).id();
			if (i < done) {
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
