package org.traject.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.SeatRelease;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.test.IntegrationTest;
import org.traject.test.QueryCounter;

/**
 * The catalogue and a programme page cost a fixed number of SQL statements, however many
 * programmes, modules, contacts, cohorts and sessions there are: measured at two data
 * sizes, the counts must be equal.
 */
@IntegrationTest
class CatalogueQueryBudgetTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	CohortEditing cohorts;

	private int statementsFor(String path) throws Exception {
		QueryCounter.reset();
		int status = mvc.perform(get(path)).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(200);
		return QueryCounter.count();
	}

	private long publishedProgramme(String slug) {
		long id = programmes.create(new ProgrammeDetails(slug, "Budget " + slug, "Summary", "en",
				ProgrammeFormat.MASTERCLASS, Set.of(CareerPhase.ESTABLISHED), Set.of(Sector.PRIMARY), "Who", "Why",
				"What", "Goals", "Before", 0, "EUR", null, null, null, false, null));
		addModules(id, 1);
		programmes.publish(id, version(id));
		return id;
	}

	private void addModules(long id, int n) {
		for (int i = 0; i < n; i++) {
			programmes.addModule(id, ModuleType.THEME_DAY, "Theme " + i, BigDecimal.ONE, "Text");
		}
	}

	private long version(long id) {
		return programmes.findForEditing(id).orElseThrow().getVersion();
	}

	private void addCohorts(long programmeId, int n, int sessionsEach) {
		for (int c = 0; c < n; c++) {
			LocalDate start = LocalDate.now().plusMonths(2 + c);
			long cohortId = cohorts.create(programmeId,
					new CohortSettings("Budget " + UUID.randomUUID(), start, start.plusDays(30), "Utrecht", false,
							"Europe/Amsterdam", 20, 5, null, start.minusDays(1), SeatRelease.CONFIRM_NEXT, 48));
			for (int s = 0; s < sessionsEach; s++) {
				var at = start.plusDays(s).atTime(9, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
				cohorts.addSession(cohortId, null, "Session " + s, at, at.plusSeconds(3600), null);
			}
			cohorts.openForEnrolment(cohortId, cohorts.find(cohortId).orElseThrow().version());
		}
	}

	@Test
	void theCatalogueCostsTheSameNumberOfStatementsAtTwoDataSizes() throws Exception {
		int small = statementsFor("/programmes?q=budget&open=true");
		for (int i = 0; i < 15; i++) {
			long id = publishedProgramme("budget-" + UUID.randomUUID().toString().substring(0, 8));
			addCohorts(id, 2, 2);
		}
		int large = statementsFor("/programmes?q=budget&open=true");
		int firstPage = statementsFor("/programmes");

		assertThat(large).isEqualTo(small).isPositive().isLessThanOrEqualTo(2);
		assertThat(firstPage).isEqualTo(small);
	}

	@Test
	void aProgrammePageCostsTheSameNumberOfStatementsAtTwoDataSizes() throws Exception {
		String slug = "budget-page-" + UUID.randomUUID().toString().substring(0, 8);
		long id = publishedProgramme(slug);
		addCohorts(id, 1, 1);
		int small = statementsFor("/programmes/" + slug);

		addModules(id, 12);
		programmes.addContact(id, ContactRole.CONSULTANT, "A", "a@example.org", null);
		programmes.addContact(id, ContactRole.COURSE_SECRETARY, "B", "b@example.org", "123");
		addCohorts(id, 5, 6);
		int large = statementsFor("/programmes/" + slug);

		assertThat(large).isEqualTo(small).isPositive().isLessThanOrEqualTo(4);
	}

}
