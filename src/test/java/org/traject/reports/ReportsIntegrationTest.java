package org.traject.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.catalogue.Sector;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.SeatRelease;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.delivery.AttendanceStatus;
import org.traject.delivery.CareerOutcomeKind;
import org.traject.reports.internal.ReportFilter;
import org.traject.reports.internal.ReportQueries;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * One programme with a known history, built through the modules' own services, and every
 * figure of every report checked exactly, on the page and in the exports as well as in
 * the queries.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the history is built once and only read
												// by the tests
class ReportsIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	CohortEditing cohorts;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReportQueries queries;

	ReportHistory history;

	long programme;

	long f1;

	long f2;

	long f3;

	ReportHistory.Past past;

	ReportFilter filter;

	@BeforeAll
	void buildHistory() {
		history = new ReportHistory(context);
		programme = history.programme("da", Sector.CHILDCARE);
		f1 = history.upcoming(programme, 2, SeatRelease.OFFER);
		f2 = history.upcoming(programme, 3, SeatRelease.CONFIRM_NEXT);
		f3 = history.upcoming(programme, 4, SeatRelease.CONFIRM_NEXT); // nobody signs up:
																		// no capacity
																		// used

		var p1 = history.enrol(f1, "Pia One");
		var p2 = history.enrol(f1, "Per Two");
		var p3 = history.enrol(f1, "Pil Three");
		var p4 = history.enrol(f1, "Pax Four");
		var p5 = history.enrol(f1, "Pol Five");
		var p6 = history.enrol(f1, "Pim Six");
		assertThat(List.of(p1.initialStatus(), p2.initialStatus(), p3.initialStatus(), p6.initialStatus()))
			.containsExactly("CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED");
		history.move(f1, p6, f2); // from the waitlist to a free seat elsewhere: still one
									// sign-up
		history.cancelByParticipant(p1, "Moved abroad"); // seat offered to p3
		history.cancelBySecretary(f1, p2, "Did not pay"); // seat offered to p4
		history.accept(p3);
		history.letOfferExpire(p4); // seat offered to p5, who has not answered yet
		assertThat(List.of(history.status(p3), history.status(p4), history.status(p5), history.status(p6)))
			.containsExactly("CONFIRMED", "EXPIRED", "OFFERED", "CONFIRMED");

		past = history.past(programme, 4, 2);
		var q1 = history.enrol(past.id(), "Quin One");
		var q2 = history.enrol(past.id(), "Quy Two");
		var q3 = history.enrol(past.id(), "Qed Three");
		var q4 = history.enrol(past.id(), "Qua Four");
		history.attend(past, 0, q1, AttendanceStatus.PRESENT);
		history.attend(past, 0, q2, AttendanceStatus.ABSENT);
		history.attend(past, 0, q3, AttendanceStatus.EXCUSED);
		history.attend(past, 1, q1, AttendanceStatus.PRESENT);
		history.attend(past, 1, q2, AttendanceStatus.PRESENT);
		history.attend(past, 1, q3, AttendanceStatus.PRESENT);
		long a1 = history.complete(past, q1);
		history.complete(past, q2);
		history.notComplete(past, q3);
		long a4 = history.complete(past, q4);
		history.outcome(programme, a1, CareerOutcomeKind.FORMAL_LEADERSHIP_ROLE);
		history.outcome(programme, a4, CareerOutcomeKind.NONE_YET);

		LocalDate today = ReportHistory.today();
		filter = new ReportFilter(today.minusDays(60), today.plusDays(60), List.of(programme), "", "");
	}

	@Test
	void signUpsAreCountedOncePerEnrolmentInTheMonthTheyWereMade() {
		var months = queries.signUps(filter);
		LocalDate thisMonth = ReportHistory.today().withDayOfMonth(1);
		// every month of the period, those without sign-ups too
		assertThat(months).extracting(ReportQueries.SignUpMonth::month)
			.startsWith(filter.from().withDayOfMonth(1))
			.endsWith(filter.to().withDayOfMonth(1))
			.contains(thisMonth)
			.doesNotHaveDuplicates();
		assertThat(months).filteredOn(m -> m.month().equals(thisMonth))
			.singleElement()
			.extracting(ReportQueries.SignUpMonth::signUps)
			.isEqualTo(10);
		assertThat(months.stream().mapToInt(ReportQueries.SignUpMonth::signUps).sum()).isEqualTo(10);
	}

	@Test
	void signUpsPerWeekStartOnMondayAndLeaveNoWeekOut() throws Exception {
		var weekly = new ReportFilter(filter.from(), filter.to(), filter.programmes(), "", "", 0, true);
		var weeks = queries.signUps(weekly);
		LocalDate thisWeek = ReportHistory.today().with(java.time.DayOfWeek.MONDAY);
		assertThat(weeks).extracting(ReportQueries.SignUpMonth::month)
			.allMatch(d -> d.getDayOfWeek() == java.time.DayOfWeek.MONDAY)
			.startsWith(filter.from().with(java.time.DayOfWeek.MONDAY))
			.endsWith(filter.to().with(java.time.DayOfWeek.MONDAY))
			.hasSize((int) java.time.temporal.ChronoUnit.WEEKS.between(filter.from().with(java.time.DayOfWeek.MONDAY),
					filter.to().with(java.time.DayOfWeek.MONDAY)) + 1);
		assertThat(weeks).filteredOn(w -> w.month().equals(thisWeek))
			.singleElement()
			.extracting(ReportQueries.SignUpMonth::signUps)
			.isEqualTo(10);
		String page = ReportPages.section(mvc, "signups", r -> secretary(r).param("lang", "en").param("per", "week"));
		assertThat(page).contains("<th scope=\"col\">Week</th>")
			.contains(">week " + thisWeek.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR) + ", "
					+ thisWeek.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "<")
			.contains("&amp;per=week\"");
	}

	@Test
	void fillRateIsConfirmedPlacesOverCapacityPerCohortAndProgramme() {
		var rows = queries.fillRates(filter);
		assertThat(rows).extracting(ReportQueries.FillRow::cohortId).containsExactly(past.id(), f1, f2, f3);
		assertThat(rows).extracting(ReportQueries.FillRow::confirmed).containsExactly(4, 1, 1, 0);
		assertThat(rows).extracting(ReportQueries.FillRow::capacity).containsExactly(4, 2, 3, 4);
		assertThat(rows).extracting(ReportQueries.FillRow::fillPercent).containsExactly(100, 50, 33, 0);
		// 6 confirmed of 13 places
		assertThat(rows).extracting(ReportQueries.FillRow::programmeFillPercent).containsOnly(46);
	}

	@Test
	void waitlistOutcomesFollowEachWaitlistedPersonOnce() {
		var row = queries.waitlistOutcomes(filter)
			.stream()
			.filter(r -> r.programmeId() == programme)
			.findFirst()
			.orElseThrow();
		assertThat(row.waitlisted()).isEqualTo(4);
		assertThat(row.offered()).isEqualTo(3);
		assertThat(row.accepted()).isEqualTo(1);
		assertThat(row.expired()).isEqualTo(1);
		assertThat(row.moved()).isEqualTo(1);
		assertThat(row.stillWaiting()).isZero();
		assertThat(row.neverPlaced()).isEqualTo(1);
	}

	@Test
	void cancellationsAreCountedByWhoseHand() {
		var row = queries.cancellations(filter).get(0);
		assertThat(row.enrolments()).isEqualTo(10);
		assertThat(row.cancelled()).isEqualTo(2);
		assertThat(row.cancelledPercent()).isEqualTo(20);
		assertThat(row.byParticipant()).isEqualTo(1);
		assertThat(row.bySecretary()).isEqualTo(1);
		assertThat(row.byOther()).isZero();
	}

	@Test
	void attendanceAndNoShowsArePerRegisteredSession() {
		var row = queries.attendance(filter).get(0);
		assertThat(row.sessions()).isEqualTo(2);
		assertThat(row.registered()).isEqualTo(6);
		assertThat(row.present()).isEqualTo(4);
		assertThat(row.absent()).isEqualTo(1);
		assertThat(row.excused()).isEqualTo(1);
		assertThat(row.noShowPercent()).isEqualTo(17);
	}

	@Test
	void completionCountsOnlyCohortsThatHaveBegun() {
		var rows = queries.completion(filter);
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.cohortId()).isEqualTo(past.id());
			assertThat(row.participants()).isEqualTo(4);
			assertThat(row.completed()).isEqualTo(3);
			assertThat(row.notCompleted()).isEqualTo(1);
			assertThat(row.completionPercent()).isEqualTo(75);
			assertThat(row.programmeCompletionPercent()).isEqualTo(75);
		});
	}

	@Test
	void careerOutcomesRestOnThePeopleWhoseOutcomeIsKnown() {
		var rows = queries.careerOutcomes(filter);
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.cohortYear()).isEqualTo(past.start().getYear());
			assertThat(row.completed()).isEqualTo(3);
			assertThat(row.recorded()).isEqualTo(2);
			assertThat(row.formal()).isEqualTo(1);
			assertThat(row.leadershipLike()).isZero();
			assertThat(row.noneYet()).isEqualTo(1);
			assertThat(row.leadershipPercent()).isEqualTo(50);
		});
	}

	@Test
	void filtersByLanguageAndSectorLeaveOtherProgrammesOut() {
		LocalDate today = ReportHistory.today();
		var danishChildcare = new ReportFilter(filter.from(), filter.to(), List.of(programme), "da", "CHILDCARE");
		var dutch = new ReportFilter(filter.from(), filter.to(), List.of(programme), "nl", "");
		var primary = new ReportFilter(filter.from(), filter.to(), List.of(programme), "", "PRIMARY");
		var lastYear = new ReportFilter(today.minusYears(2), today.minusYears(1), List.of(programme), "", "");
		assertThat(queries.fillRates(danishChildcare)).hasSize(4);
		assertThat(queries.fillRates(dutch)).isEmpty();
		assertThat(queries.fillRates(primary)).isEmpty();
		assertThat(queries.fillRates(lastYear)).isEmpty();
		assertThat(queries.signUps(lastYear).stream().mapToInt(ReportQueries.SignUpMonth::signUps).sum()).isZero();
	}

	@Test
	void theSecretarySeesEachFigureWithItsChartAndTable() throws Exception {
		String page = ReportPages.withSections(mvc, r -> secretary(r).param("lang", "en"));
		assertThat(page).contains("50% took up a leadership role, of the 2 people whose outcome is known.")
			.contains("<title id=\"fill-chart-title\">Bar chart of the fill rate per programme</title>")
			.contains("<desc id=\"fill-chart-desc\">")
			.contains(">46%</text>")
			.contains("Sign-ups in the period: 10")
			.contains("href=\"/reports/fill.csv?from=" + filter.from() + "&amp;to=" + filter.to() + "&amp;programme="
					+ programme + "\"");
	}

	@Test
	void theDutchPageSpeaksFormallyAndKeepsTheFilter() throws Exception {
		String page = ReportPages.withSections(mvc, r -> secretary(r).param("lang", "nl"));
		assertThat(page).contains("Bezettingsgraad")
			.contains("50% kreeg een leidinggevende rol")
			.contains("Kiest u er geen");
	}

	@Test
	void theProgrammeFilterIsASearchWithTheChosenProgrammesTickedAlsoWithoutJavaScript() throws Exception {
		String title = jdbcTitle(programme);
		// chosen: a ticked box with its title, no list of every programme
		String page = ReportPages.withSections(mvc, r -> secretary(r).param("lang", "en"));
		assertThat(page)
			.contains("name=\"programme\" value=\"" + programme + "\" id=\"programme-" + programme + "\" checked>")
			.contains(">" + title + "</label>")
			.doesNotContain("<select id=\"programme\"");
		// the form sent with a text (no JavaScript): the page lists what it finds, not
		// ticked; drafts are not found
		assertThat(pageAsAdmin("/reports", "find", title)).contains("No programme has");
		long published = history.programme("en", Sector.PRIMARY);
		var editing = context.getBean(ProgrammeEditing.class);
		editing.publish(published, editing.findForEditing(published).orElseThrow().getVersion());
		String publishedTitle = jdbcTitle(published);
		String typed = publishedTitle.toUpperCase(java.util.Locale.ROOT);
		assertThat(pageAsAdmin("/reports", "find", typed)).contains("Programmes found: 1.")
			.contains("name=\"programme\" value=\"" + published + "\" id=\"programme-" + published + "\">")
			.contains("value=\"" + typed + "\"");
		assertThat(pageAsAdmin("/reports", "find", "no programme is called this"))
			.contains("No programme has “no programme is called this” in its title.");
		// what htmx asks while typing: the boxes ticked so far, and those found
		var picked = mvc
			.perform(get("/reports/programmes").param("lang", "en")
				.param("find", publishedTitle)
				.param("programme", Long.toString(published))
				.header("HX-Request", "true")
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn()
			.getResponse();
		assertThat(picked.getStatus()).isEqualTo(200);
		assertThat(picked.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("<html")
			.contains("value=\"" + published + "\" id=\"programme-" + published + "\" checked>")
			.contains("data-hx-swap-oob=\"true\"")
			.contains("Programmes found: 1.")
			.doesNotContain("id=\"programme-" + published + "\">");
		// outside htmx: the reports page with the same choice
		assertThat(mvc
			.perform(get("/reports/programmes").param("find", "x y")
				.param("programme", Long.toString(published))
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/reports?find=x%20y&programme=" + published);
		assertThat(mvc
			.perform(get("/reports/programmes").param("programme", "abc")
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
	}

	private String jdbcTitle(long id) {
		return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select title from programme where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	@Test
	void aFilterThatMakesNoSenseIsNamedBesideItsFieldAndTheReportsStillShow() throws Exception {
		String badDate = pageAsAdmin("/reports", "from", "yesterday");
		assertThat(badDate).contains("<a href=\"#from\">Enter a date, e.g. 2027-03-14.</a>")
			.contains("value=\"yesterday\"")
			// the sections ask for what was understood: the default period
			.contains("data-hx-get=\"/reports/fill?from=" + ReportHistory.today().withDayOfYear(1).minusYears(1)
					+ "&amp;");
		String badLanguage = pageAsAdmin("/reports", "language", "xx");
		assertThat(badLanguage).contains("<a href=\"#language\">Choose a language from the list.</a>")
			.contains("data-hx-get=\"/reports/fill?");
	}

	@Test
	void aSectionAddressWithANonsenseFilterShowsTheReportWithAMessage() throws Exception {
		String page = pageAsAdmin("/reports/fill", "from", "yesterday");
		assertThat(page).contains("<h1 id=\"report-heading\">Fill rate</h1>")
			.contains("<a href=\"#from\">Enter a date, e.g. 2027-03-14.</a>")
			.contains("value=\"yesterday\"")
			.contains("Bar chart of the fill rate per programme")
			.contains("action=\"/reports/fill\"");
		String section = ReportPages.section(mvc, "fill",
				r -> r.param("lang", "en")
					.param("organisation", "board")
					.with(user(users.loadUserByUsername(DemoUsers.ADMIN))));
		assertThat(section).doesNotContain("<html")
			.contains("A filter value was not understood; this report uses the default for it.")
			.contains("Bar chart of the fill rate per programme");
		assertThat(mvc.perform(secretary(get("/reports/salaries"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void theShellLoadsEachReportFromItsOwnAddressWithTheSameFilter() throws Exception {
		String shell = mvc.perform(secretary(get("/reports")).param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String query = "?from=" + filter.from() + "&amp;to=" + filter.to() + "&amp;programme=" + programme;
		for (String report : ReportPages.REPORTS) {
			assertThat(shell).contains("data-hx-get=\"/reports/" + report + query + "\"")
				.contains("<a href=\"/reports/" + report + query + "\">");
		}
		assertThat(shell).contains("<h2 class=\"h3\" id=\"outcomes-heading\">Career outcomes</h2>")
			.contains("Loading the report…")
			.doesNotContain("<table");
		String own = mvc.perform(secretary(get("/reports/outcomes")).param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(own).contains("<title>Career outcomes · Reports · Traject</title>")
			.contains("50% took up a leadership role, of the 2 people whose outcome is known.")
			.contains("<a href=\"/reports" + query + "\">All reports</a>");
	}

	private String pageAsAdmin(String path, String param, String value) throws Exception {
		var response = mvc.perform(
				get(path).param("lang", "en").param(param, value).with(user(users.loadUserByUsername(DemoUsers.ADMIN))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theFillRateExportsAsCsvAndSpreadsheetWithTheSameFigures() throws Exception {
		String csv = mvc.perform(secretary(get("/reports/fill.csv")).param("lang", "da"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF\"Forløb\";\"Hold\";\"Start\";\"Bekræftet\";\"Kapacitet\"");
		String code = cohorts.find(f3).orElseThrow().code();
		assertThat(csv).contains("\"" + code + "\";\"" + ReportHistory.today().plusDays(30)
				+ "\";\"0\";\"4\";\"0\u00a0%\";\"46\u00a0%\"");

		var xlsx = mvc.perform(secretary(get("/reports/fill.xlsx")).param("lang", "en")).andReturn().getResponse();
		assertThat(xlsx.getHeader("Content-Disposition")).contains("traject-fill.xlsx");
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			var rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Programme");
			assertThat(rows.get(4).getCellText(1)).isEqualTo(code);
			assertThat(rows.get(4).getCellAsNumber(3)).hasValueSatisfying(n -> assertThat(n.intValue()).isZero());
			assertThat(rows.get(4).getCellAsNumber(4)).hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(4));
		}
	}

	@Test
	void anUnknownReportIsNotFound() throws Exception {
		assertThat(mvc.perform(secretary(get("/reports/salaries.csv"))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	private MockHttpServletRequestBuilder secretary(MockHttpServletRequestBuilder request) {
		return request.param("from", filter.from().toString())
			.param("to", filter.to().toString())
			.param("programme", Long.toString(programme))
			.with(user(users.loadUserByUsername(DemoUsers.SECRETARY)));
	}

}
