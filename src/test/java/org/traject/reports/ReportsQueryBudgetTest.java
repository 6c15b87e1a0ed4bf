package org.traject.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.catalogue.AccreditationRegister;
import org.traject.catalogue.Sector;
import org.traject.cohorts.SeatRelease;
import org.traject.delivery.AttendanceStatus;
import org.traject.delivery.CareerOutcomeKind;
import org.traject.organisations.OrganisationDetails;
import org.traject.organisations.OrganisationKind;
import org.traject.organisations.OrganisationSector;
import org.traject.organisations.internal.OrganisationDirectory;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;
import org.traject.test.QueryCounter;

/**
 * The reports page shell, each report's section and each export cost a fixed number of
 * SQL statements, however many cohorts, enrolments, attendance registrations and outcomes
 * there are: measured at two data sizes, the counts must be equal.
 */
@IntegrationTest
class ReportsQueryBudgetTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OrganisationDirectory organisations;

	@Test
	void theReportsShellEachSectionAndTheExportsCostTheSameAtTwoSizes() throws Exception {
		var history = new ReportHistory(context);
		long small = programmeWith(history, 1, 1);
		long large = programmeWith(history, 4, 6);

		// the shell: the programme and the organisation lists, and what signing in costs;
		// no report
		int smallShell = statementsFor("/reports", small);
		assertThat(statementsFor("/reports", large)).isEqualTo(smallShell).isPositive().isLessThanOrEqualTo(6);
		// each section: its one statement, and what signing in costs
		for (String report : ReportPages.REPORTS) {
			int smallSection = statementsFor("/reports/" + report, small, 0, true);
			assertThat(statementsFor("/reports/" + report, large, 0, true)).as(report)
				.isEqualTo(smallSection)
				.isLessThanOrEqualTo(smallShell - 1);
		}
		// a report on its own page: the shell's lists and the report's statement
		assertThat(statementsFor("/reports/outcomes", large)).isEqualTo(statementsFor("/reports/outcomes", small))
			.isEqualTo(smallShell + 1);
		for (String export : new String[] { "/reports/waitlist.csv", "/reports/outcomes.xlsx", "/reports/interest.csv",
				"/reports/timing.xlsx", "/reports/reasons.csv", "/reports/awards.xlsx", "/reports/evaluations.csv",
				"/reports/evaluations.xlsx" }) {
			assertThat(statementsFor(export, large)).as(export)
				.isEqualTo(statementsFor(export, small))
				.isLessThanOrEqualTo(4);
		}
	}

	private long programmeWith(ReportHistory history, int cohortsEach, int people) {
		long programme = history.programme("nl", Sector.PRIMARY, AccreditationRegister.SCHOOL_LEADERS_REGISTER,
				BigDecimal.TEN, false);
		for (int c = 0; c < cohortsEach; c++) {
			long upcoming = history.upcoming(programme, Math.max(1, people / 2), SeatRelease.OFFER);
			for (int p = 0; p < people; p++) {
				var e = history.enrol(upcoming, "Budget Person " + p);
				if (p % 3 == 1) {
					history.cancelByParticipant(e, "Reason " + p);
				}
			}
			var past = history.past(programme, people, 2);
			for (int p = 0; p < people; p++) {
				var e = history.enrol(past.id(), "Budget Past " + p);
				history.attend(past, 0, e, p % 3 == 0 ? AttendanceStatus.ABSENT : AttendanceStatus.PRESENT);
				if (p % 2 == 0) {
					history.outcome(programme, history.complete(past, e), CareerOutcomeKind.LEADERSHIP_LIKE_ROLE);
				}
			}
			var scores = new int[people - people / 3];
			for (int a = 0; a < scores.length; a++) {
				scores[a] = a % 5 + 1;
			}
			history.evaluate(programme, past, past.start().plusDays(5), scores);
		}
		return programme;
	}

	@Test
	void theOrganisationFilterCostsNothingMore() throws Exception {
		var history = new ReportHistory(context);
		long programme = programmeWith(history, 2, 4);
		long organisation = organisations.create(null,
				new OrganisationDetails("Budget board " + UUID.randomUUID(), OrganisationKind.SCHOOL_BOARD,
						EnumSet.of(OrganisationSector.PRIMARY), null, null, null, "NL", null, null));
		var person = history.person("Budget Member");
		organisations.addMember(null, organisation, person.email());
		history.enrol(history.upcoming(programme, 2, SeatRelease.OFFER), person);
		assertThat(statementsFor("/reports", programme, organisation)).isEqualTo(statementsFor("/reports", programme));
		assertThat(statementsFor("/reports/fill", programme, organisation, true))
			.isEqualTo(statementsFor("/reports/fill", programme, 0, true));
		assertThat(statementsFor("/reports/reasons.csv", programme, organisation))
			.isEqualTo(statementsFor("/reports/reasons.csv", programme));
	}

	private int statementsFor(String path, long programme) throws Exception {
		return statementsFor(path, programme, 0, false);
	}

	private int statementsFor(String path, long programme, long organisation) throws Exception {
		return statementsFor(path, programme, organisation, false);
	}

	private int statementsFor(String path, long programme, long organisation, boolean htmx) throws Exception {
		LocalDate today = ReportHistory.today();
		var request = get(path).param("from", today.minusYears(1).toString())
			.param("to", today.plusYears(1).toString())
			.param("programme", Long.toString(programme))
			.param("organisation", organisation == 0 ? "" : Long.toString(organisation))
			.with(user(users.loadUserByUsername(DemoUsers.SECRETARY)));
		if (htmx) {
			request.header("HX-Request", "true");
		}
		QueryCounter.reset();
		int status = mvc.perform(request).andReturn().getResponse().getStatus();
		int count = QueryCounter.count();
		assertThat(status).as(path).isEqualTo(200);
		return count;
	}

}
