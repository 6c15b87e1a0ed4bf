package org.traject.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.catalogue.Sector;
import org.traject.organisations.OrganisationDetails;
import org.traject.organisations.OrganisationKind;
import org.traject.organisations.OrganisationSector;
import org.traject.organisations.internal.OrganisationDirectory;
import org.traject.people.People;
import org.traject.reports.internal.EvaluationReportQueries.EvaluationRow;
import org.traject.reports.internal.EvaluationReportQueries;
import org.traject.reports.internal.ReportFilter;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * The evaluations report counts each programme's evaluations per year exactly, from the
 * views the evaluations module publishes: invited, answered, response rate and the mean
 * of every answer on a scale; with an organisation chosen, only its people's response,
 * and no mean (the answers carry no person).
 */
@IntegrationTest
class ReportsEvaluationsTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	EvaluationReportQueries queries;

	@Autowired
	OrganisationDirectory organisations;

	@Autowired
	People people;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void responseRatesAndMeanScoresPerProgrammeAndYearAreExact() throws Exception {
		var history = new ReportHistory(context);
		long programme = history.programme("en", Sector.PRIMARY);
		LocalDate newYear = ReportHistory.today().withDayOfYear(1);
		var first = history.past(programme, 4, 2);
		var member = history.person("Mia Member");
		history.enrol(first.id(), member);
		for (int p = 0; p < 3; p++) {
			history.enrol(first.id(), "Eva Person " + p);
		}
		// the first two of four answer: every scale question 5, then 3
		history.evaluate(programme, first, newYear.plusDays(10), 5, 3);
		var second = history.past(programme, 2, 1);
		history.enrol(second.id(), "Sol Person");
		history.enrol(second.id(), "Tor Person");
		history.evaluate(programme, second, newYear.plusDays(20), 2);
		var earlier = history.past(programme, 1, 1);
		history.enrol(earlier.id(), "Old Person");
		history.evaluate(programme, earlier, newYear.minusYears(1).plusDays(3), 4);

		var filter = new ReportFilter(newYear.minusYears(1), newYear.plusYears(1).minusDays(1), List.of(programme), "",
				"");
		var rows = queries.evaluations(filter);

		assertThat(rows).extracting(EvaluationRow::year).containsExactly(newYear.getYear() - 1, newYear.getYear());
		var last = rows.get(0);
		assertThat(last.rounds()).isEqualTo(1);
		assertThat(last.invited()).isEqualTo(1);
		assertThat(last.answered()).isEqualTo(1);
		assertThat(last.meanScore()).isEqualTo(4.0);
		var now = rows.get(1);
		assertThat(now.rounds()).isEqualTo(2);
		assertThat(now.invited()).isEqualTo(6);
		assertThat(now.answered()).isEqualTo(3);
		assertThat(now.responsePercent()).isEqualTo(50);
		// three scale questions each: (5 + 5 + 5 + 3 + 3 + 3 + 2 + 2 + 2) / 9
		assertThat(now.meanScore()).isEqualTo(30.0 / 9);

		long organisation = organisations.create(null,
				new OrganisationDetails("Evaluation board " + UUID.randomUUID(), OrganisationKind.SCHOOL_BOARD,
						EnumSet.of(OrganisationSector.PRIMARY), null, null, null, "NL", null, null));
		organisations.addMember(null, organisation, member.email());
		var ofMembers = queries
			.evaluations(new ReportFilter(filter.from(), filter.to(), List.of(programme), "", "", organisation));
		assertThat(ofMembers).hasSize(2);
		assertThat(ofMembers.get(1).invited()).isEqualTo(1);
		assertThat(ofMembers.get(1).rounds()).isEqualTo(2);
		assertThat(ofMembers.get(1).meanScore()).isNull();

		String page = ReportPages.section(mvc, "evaluations",
				r -> r.param("from", filter.from().toString())
					.param("to", filter.to().toString())
					.param("programme", Long.toString(programme))
					.with(user(users.loadUserByUsername(DemoUsers.SECRETARY))));
		assertThat(page).contains("Evaluations per programme and year").contains("50% · mean 3.3");
	}

}
