package org.traject.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.catalogue.AccreditationRegister;
import org.traject.catalogue.Sector;
import org.traject.cohorts.ApprovalRequested;
import org.traject.cohorts.InterestRegistered;
import org.traject.cohorts.SeatRelease;
import org.traject.cohorts.internal.Enrolments;
import org.traject.cohorts.internal.InterestLists;
import org.traject.delivery.CareerOutcomeKind;
import org.traject.organisations.OrganisationDetails;
import org.traject.organisations.OrganisationKind;
import org.traject.organisations.OrganisationSector;
import org.traject.organisations.internal.OrganisationDirectory;
import org.traject.privacy.internal.Erasures;
import org.traject.privacy.internal.PrivacyLog;
import org.traject.reports.internal.AwardQueries;
import org.traject.reports.internal.EnrolmentFlowQueries;
import org.traject.reports.internal.ReportFilter;
import org.traject.reports.internal.ReportQueries;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * A known history of interest lists, approvals, waiting times, cancellations with their
 * reasons (one of them by a person who was erased afterwards), certificates and career
 * outcomes, built through the modules' own services, with one organisation whose people
 * are a part of it; every figure of the reports on it checked exactly, with and without
 * the organisation filter, on the page and in the exports.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the history is built once and only read
class ReportsFlowIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	Enrolments enrolments;

	@Autowired
	InterestLists interestLists;

	@Autowired
	OrganisationDirectory organisations;

	@Autowired
	Erasures erasures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportQueries queries;

	@Autowired
	EnrolmentFlowQueries flow;

	@Autowired
	AwardQueries awards;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	final Map<Long, String> approvalLinks = new ConcurrentHashMap<>();

	final Map<Long, String> confirmationLinks = new ConcurrentHashMap<>();

	ReportHistory history;

	long accredited;

	long interesting;

	long organisation;

	ReportHistory.Past past;

	long interestCohort;

	ReportFilter all;

	ReportFilter ofOrganisation;

	@BeforeAll
	void buildHistory() {
		((ConfigurableApplicationContext) context).addApplicationListener((ApplicationListener<ApplicationEvent>) e -> {
			if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof ApprovalRequested a) {
				approvalLinks.put(a.enrolmentId(), a.approvalLink().substring("/approvals/".length()));
			}
			if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof InterestRegistered r
					&& r.confirmationLink() != null) {
				confirmationLinks.put(r.registrationId(),
						r.confirmationLink().substring("/interest/confirm/".length()));
			}
		});
		history = new ReportHistory(context);
		accredited = history.programme("en", Sector.SECONDARY, AccreditationRegister.SCHOOL_LEADERS_REGISTER,
				new BigDecimal("12.5"), true);
		organisation = organisations.create(null,
				new OrganisationDetails("Report board " + UUID.randomUUID(), OrganisationKind.SCHOOL_BOARD,
						EnumSet.of(OrganisationSector.SECONDARY), null, null, null, "NL", null, null));

		// a cohort that ran: enrolled by a secretary, confirmed 3 days, 1 day and 0 days
		// after signing up
		past = history.past(accredited, 5, 0, 200);
		var rena = history.person("Rena Member");
		member(rena);
		var r1 = history.enrol(past.id(), rena);
		var r2 = history.enrol(past.id(), "Rob Outside");
		history.enrol(past.id(), "Ria Outside");
		history.madeEarlier(r1, 72);
		history.madeEarlier(r2, 24);
		long a1 = history.complete(past, r1);
		long a2 = history.complete(past, r2);
		history.outcomeAfter(accredited, a1, CareerOutcomeKind.FORMAL_LEADERSHIP_ROLE, 92);
		history.outcomeAfter(accredited, a2, CareerOutcomeKind.LEADERSHIP_LIKE_ROLE, 31);

		// a cohort whose participants sign up themselves and wait for their managers
		long approving = history.upcoming(accredited, 5, SeatRelease.CONFIRM_NEXT);
		var s1 = history.signUp(approving, "Sam Approved");
		var s2 = history.signUp(approving, "Sid Declined");
		var s3 = history.signUp(approving, "Sol Unanswered");
		history.signUp(approving, "Sue Waiting");
		assertThat(s1.initialStatus()).isEqualTo("AWAITING_APPROVAL");
		history.madeEarlier(s1, 48);
		history.madeEarlier(s2, 96);
		enrolments.decideApproval(approvalLinks.get(s1.enrolmentId()), true, null);
		enrolments.decideApproval(approvalLinks.get(s2.enrolmentId()), false, "Not this year");
		enrolments.expireApproval(s3.enrolmentId());

		// cancellations with their reasons, by whose hand
		long cancelling = history.upcoming(accredited, 10, SeatRelease.CONFIRM_NEXT);
		var carl = history.person("Carl Member");
		member(carl);
		var c1 = history.enrol(cancelling, carl);
		var c2 = history.enrol(cancelling, "Cleo Outside");
		var c3 = history.enrol(cancelling, "Cato Outside");
		var c4 = history.enrol(cancelling, "Cid Outside");
		var c5 = history.enrol(cancelling, "Cora Erased");
		history.cancelByParticipant(c1, "Moved abroad");
		history.cancelByParticipant(c2, "  moved   ABROAD ");
		history.cancelBySecretary(cancelling, c3, "Did not pay");
		history.cancelByParticipant(c4, null);
		history.cancelByParticipant(c5, "My own business");
		erasures.erase(c5.personId(), null, PrivacyLog.Action.ERASED);

		// an interest list: two registrations with an account, one by address only; a
		// cohort opens and all three are invited; two sign up for it, the anonymous one
		// with a new account at the same address; one more registers afterwards
		interesting = history.programme("en", Sector.SECONDARY);
		var xena = history.person("Xena Member");
		member(xena);
		var zack = history.person("Zack Outside");
		interestLists.register(interesting, xena.email(), Locale.ENGLISH, xena.id());
		interestLists.register(interesting, zack.email(), Locale.ENGLISH, zack.id());
		String address = "yara-" + UUID.randomUUID() + "@example.org";
		interestLists.register(interesting, address, Locale.ENGLISH, null);
		String token = confirmationLinks.values()
			.stream()
			.filter(t -> interestLists.programmeOfConfirmationLink(t).orElse(0L) == interesting)
			.findFirst()
			.orElseThrow();
		interestLists.confirm(token);
		interestCohort = history.upcoming(interesting, 10, SeatRelease.CONFIRM_NEXT);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.sql("select count(*) from interest_report where cohort_id = :c")
				.param("c", interestCohort)
				.query(Integer.class)
				.single() == 3);
		history.enrol(interestCohort, xena);
		history.enrol(interestCohort, history.account(address, "Yara Anonymous"));
		var walt = history.person("Walt Later");
		interestLists.register(interesting, walt.email(), Locale.ENGLISH, walt.id());

		LocalDate today = ReportHistory.today();
		all = new ReportFilter(today.minusDays(250), today.plusDays(60), List.of(accredited, interesting), "", "");
		ofOrganisation = new ReportFilter(all.from(), all.to(), all.programmes(), "", "", organisation);
	}

	private void member(org.traject.people.People.PersonView person) {
		organisations.addMember(null, organisation, person.email());
	}

	@Test
	void interestRegistrationsBecomeSignUpsForTheCohortTheyWereInvitedTo() {
		var row = flow.interestConversions(all).stream().filter(r -> r.programmeId() == interesting).findFirst();
		assertThat(row).hasValueSatisfying(r -> {
			assertThat(r.registrations()).isEqualTo(4);
			assertThat(r.invited()).isEqualTo(3);
			assertThat(r.converted()).isEqualTo(2);
			assertThat(r.conversionPercent()).isEqualTo(67);
		});
		assertThat(flow.interestConversions(ofOrganisation)).singleElement().satisfies(r -> {
			assertThat(r.registrations()).isEqualTo(1);
			assertThat(r.invited()).isEqualTo(1);
			assertThat(r.converted()).isEqualTo(1);
		});
	}

	@Test
	void waitingTimesAreMediansInDaysAndApprovalsAreCountedByAnswer() {
		var row = flow.timings(all).stream().filter(r -> r.programmeId() == accredited).findFirst().orElseThrow();
		// confirmed: Rena after 3 days, Rob 1, Ria 0, Sam 2 (the days his manager
		// took), the five who cancelled later at once: 0 0 0 0 0 0 1 2 3
		assertThat(row.confirmed()).isEqualTo(9);
		assertThat(row.medianDaysToConfirm()).isEqualTo(0.0);
		assertThat(row.approvalsAsked()).isEqualTo(4);
		assertThat(row.approved()).isEqualTo(1);
		assertThat(row.declined()).isEqualTo(1);
		assertThat(row.expired()).isEqualTo(1);
		assertThat(row.waiting()).isEqualTo(1);
		// answered after 2 and after 4 days
		assertThat(row.medianDaysToAnswer()).isEqualTo(3.0);

		var members = flow.timings(ofOrganisation).stream().filter(r -> r.programmeId() == accredited).findFirst();
		// Rena (3 days) and Carl (at once)
		assertThat(members).hasValueSatisfying(r -> {
			assertThat(r.confirmed()).isEqualTo(2);
			assertThat(r.medianDaysToConfirm()).isEqualTo(1.5);
			assertThat(r.approvalsAsked()).isZero();
			assertThat(r.medianDaysToAnswer()).isNull();
		});
	}

	@Test
	void cancellationReasonsAreCountedTogetherWhateverTheirCaseAndAnErasedPersonsReasonIsUnknown() {
		var reasons = flow.cancellationReasons(all);
		assertThat(reasons.total()).isEqualTo(5);
		assertThat(reasons.otherReasons()).isZero();
		assertThat(reasons.rows()).hasSize(3);
		var first = reasons.rows().get(0);
		assertThat(first.reason()).isEqualToIgnoringCase("moved abroad");
		assertThat(first.cancelled()).isEqualTo(2);
		assertThat(first.byParticipant()).isEqualTo(2);
		var second = reasons.rows().get(1);
		assertThat(second.reason()).isEqualTo("Did not pay");
		assertThat(second.bySecretary()).isEqualTo(1);
		var unknown = reasons.rows().get(2);
		assertThat(unknown.reason()).isNull();
		assertThat(unknown.cancelled()).isEqualTo(2);

		var members = flow.cancellationReasons(ofOrganisation);
		assertThat(members.total()).isEqualTo(1);
		assertThat(members.rows()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("Moved abroad"));
	}

	@Test
	void certificatesAndPointsArePerRegisterAndFourYearCycle() {
		int year = history
			.completedOn(jdbc.sql("select award_id from award_report where cohort_id = :c order by award_id limit 1")
				.param("c", past.id())
				.query(Long.class)
				.single())
			.getYear();
		int cycleStart = 2024 + 4 * Math.floorDiv(year - 2024, 4);
		assertThat(awards.pointsAndCertificates(all)).singleElement().satisfies(a -> {
			assertThat(a.register()).isEqualTo("SCHOOL_LEADERS_REGISTER");
			assertThat(a.periodStart()).isEqualTo(cycleStart);
			assertThat(a.periodEnd()).isEqualTo(cycleStart + 3);
			assertThat(a.certificates()).isEqualTo(2);
			assertThat(a.people()).isEqualTo(2);
			assertThat(a.points()).isEqualByComparingTo("25.0");
		});
		assertThat(awards.pointsAndCertificates(ofOrganisation)).singleElement().satisfies(a -> {
			assertThat(a.certificates()).isEqualTo(1);
			assertThat(a.points()).isEqualByComparingTo("12.5");
		});
	}

	@Test
	void outcomesSayWithinHowLongTheRoleWasTaken() {
		// 92 and 31 days after completion: the median is 61.5 days, two months
		assertThat(queries.careerOutcomes(all)).singleElement().satisfies(o -> {
			assertThat(o.recorded()).isEqualTo(2);
			assertThat(o.leadershipPercent()).isEqualTo(100);
			assertThat(o.medianMonthsToRole()).isEqualTo(2);
		});
		assertThat(queries.careerOutcomes(ofOrganisation)).singleElement().satisfies(o -> {
			assertThat(o.recorded()).isEqualTo(1);
			assertThat(o.formal()).isEqualTo(1);
			assertThat(o.medianMonthsToRole()).isEqualTo(3);
		});
	}

	@Test
	void theOrganisationFilterCountsOnlyItsPeopleEverywhere() {
		var fill = queries.fillRates(ofOrganisation)
			.stream()
			.filter(f -> f.cohortId() == past.id())
			.findFirst()
			.orElseThrow();
		assertThat(fill.confirmed()).isEqualTo(1);
		assertThat(fill.capacity()).isEqualTo(5);
		assertThat(queries.signUps(ofOrganisation).stream().mapToInt(ReportQueries.SignUpMonth::signUps).sum())
			.isEqualTo(3);
		assertThat(queries.signUps(all).stream().mapToInt(ReportQueries.SignUpMonth::signUps).sum()).isEqualTo(14);
		assertThat(queries.cancellations(ofOrganisation)).filteredOn(c -> c.programmeId() == accredited)
			.singleElement()
			.satisfies(c -> assertThat(c.cancelled()).isEqualTo(1));
	}

	@Test
	void thePageShowsTheNewReportsAndKeepsTheOrganisationInItsLinks() throws Exception {
		String page = ReportPages.withSections(mvc,
				r -> secretary(r).param("lang", "en").param("organisation", Long.toString(organisation)));
		assertThat(page).contains("<title id=\"interest-chart-title\">")
			.contains("<title id=\"awards-chart-title\">Bar chart of certificates per register and period</title>")
			.contains("Certificates issued: 1")
			.contains("Cancellations in the period: 1")
			.contains("&amp;organisation=" + organisation + "\"")
			.contains("<option value=\"" + organisation + "\" selected=\"selected\">");
	}

	@Test
	void aNonsenseOrganisationIsNamedBesideItsField() throws Exception {
		var response = mvc.perform(secretary(get("/reports")).param("lang", "en").param("organisation", "board"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8))
			.contains("<a href=\"#organisation\">Choose an organisation from the list.</a>");
	}

	@Test
	void everyNewReportExportsAsCsvAndSpreadsheet() throws Exception {
		String csv = mvc.perform(secretary(get("/reports/reasons.csv")).param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("\"Did not pay\",\"1\",\"0\",\"1\"").contains("\"No reason given or known\",\"2\"");

		var xlsx = mvc.perform(secretary(get("/reports/timing.xlsx")).param("lang", "en")).andReturn().getResponse();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			var rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(8)).isEqualTo("Days until answered (median)");
			var accreditedRow = rows.stream().filter(r -> r.getCellText(3).equals("4")).findFirst().orElseThrow();
			assertThat(accreditedRow.getCellAsNumber(8))
				.hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("3"));
		}
		for (String report : new String[] { "interest", "awards" }) {
			for (String type : new String[] { "csv", "xlsx" }) {
				assertThat(mvc.perform(secretary(get("/reports/" + report + "." + type)))
					.andReturn()
					.getResponse()
					.getStatus()).as(report + "." + type).isEqualTo(200);
			}
		}
	}

	private MockHttpServletRequestBuilder secretary(MockHttpServletRequestBuilder request) {
		return request.param("from", all.from().toString())
			.param("to", all.to().toString())
			.param("programme", Long.toString(accredited))
			.param("programme", Long.toString(interesting))
			.with(user(users.loadUserByUsername(DemoUsers.SECRETARY)));
	}

}
