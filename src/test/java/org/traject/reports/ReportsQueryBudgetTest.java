package org.traject.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.catalogue.internal.Sector;
import org.traject.cohorts.SeatRelease;
import org.traject.delivery.internal.AttendanceStatus;
import org.traject.delivery.internal.CareerOutcomeKind;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;
import org.traject.test.QueryCounter;

/**
 * The reports page and each export cost a fixed number of SQL statements, however many
 * cohorts, enrolments, attendance registrations and outcomes there are: measured at two
 * data sizes, the counts must be equal.
 */
@IntegrationTest
class ReportsQueryBudgetTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theReportsPageAndItsExportsCostTheSameAtTwoSizes() throws Exception {
		var history = new ReportHistory(context);
		long small = programmeWith(history, 1, 1);
		long large = programmeWith(history, 4, 6);

		int smallPage = statementsFor("/reports", small);
		int largePage = statementsFor("/reports", large);
		// one statement per report, one for the programme list, and what signing in costs
		assertThat(largePage).isEqualTo(smallPage).isPositive().isLessThanOrEqualTo(12);
		for (String export : new String[] { "/reports/waitlist.csv", "/reports/outcomes.xlsx" }) {
			assertThat(statementsFor(export, large)).as(export)
				.isEqualTo(statementsFor(export, small))
				.isLessThanOrEqualTo(4);
		}
	}

	private long programmeWith(ReportHistory history, int cohortsEach, int people) {
		long programme = history.programme("nl", Sector.PRIMARY);
		for (int c = 0; c < cohortsEach; c++) {
			long upcoming = history.upcoming(programme, Math.max(1, people / 2), SeatRelease.OFFER);
			for (int p = 0; p < people; p++) {
				history.enrol(upcoming, "Budget Person " + p);
			}
			var past = history.past(programme, people, 2);
			for (int p = 0; p < people; p++) {
				var e = history.enrol(past.id(), "Budget Past " + p);
				history.attend(past, 0, e, p % 3 == 0 ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT);
				if (p % 2 == 0) {
					history.outcome(programme, history.complete(past, e), CareerOutcomeKind.LEADERSHIP_LIKE_ROLE);
				}
			}
		}
		return programme;
	}

	private int statementsFor(String path, long programme) throws Exception {
		LocalDate today = ReportHistory.today();
		var request = get(path).param("from", today.minusYears(1).toString())
			.param("to", today.plusYears(1).toString())
			.param("programme", Long.toString(programme))
			.with(user(users.loadUserByUsername(DemoUsers.SECRETARY)));
		QueryCounter.reset();
		int status = mvc.perform(request).andReturn().getResponse().getStatus();
		int count = QueryCounter.count();
		assertThat(status).as(path).isEqualTo(200);
		return count;
	}

}
