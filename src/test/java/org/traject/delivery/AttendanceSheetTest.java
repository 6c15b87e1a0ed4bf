package org.traject.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.delivery.internal.Attendance;
import org.traject.people.People;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

@IntegrationTest
class AttendanceSheetTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Attendance attendance;

	@Autowired
	CohortEditing cohorts;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	Catalogue catalogue;

	@Autowired
	EnrolmentAdministration enrolments;

	@Autowired
	People people;

	DeliveryFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new DeliveryFixtures(cohorts, programmes, catalogue, enrolments, people);
	}

	@Test
	void aTapWithHtmxAnswersWithTheRowPressedAndTheCountsOutOfBand() throws Exception {
		var cohort = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 2);
		var anna = fixtures.enrol(cohort.id(), "Anna Bakker");
		fixtures.enrol(cohort.id(), "Bram Claes");
		String body = mvc
			.perform(post(tap(cohort, 0, anna)).param("status", "PRESENT")
				.header("HX-Request", "true")
				.with(csrf())
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var html = Jsoup.parseBodyFragment(body);
		assertThat(html.select("li#attendee-" + anna.enrolmentId())).hasSize(1);
		assertThat(html.select("li#attendee-" + anna.enrolmentId() + " button[aria-pressed=true]").text())
			.contains("Present");
		assertThat(html.select("#attendance-counts").attr("data-hx-swap-oob")).isEqualTo("true");
		assertThat(html.select("#attendance-counts").text()).contains("1 present").contains("1 not registered");
		assertThat(html.select("header, nav")).isEmpty();
	}

	@Test
	void aTapWithoutJavaScriptSavesAndComesBackToTheSameRow() throws Exception {
		var cohort = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 1);
		var anna = fixtures.enrol(cohort.id(), "Anna Bakker");
		var result = mvc
			.perform(post(tap(cohort, 0, anna)).param("status", "EXCUSED")
				.param("reason", "Ill")
				.with(csrf())
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/secretary/cohorts/" + cohort.id()
				+ "/attendance/" + cohort.sessions().get(0) + "#attendee-" + anna.enrolmentId());
		var line = attendance.sheet(cohort.id(), cohort.sessions().get(0)).lines().get(0);
		assertThat(line.status()).isEqualTo(AttendanceStatus.EXCUSED);
		assertThat(line.reason()).isEqualTo("Ill");
	}

	@Test
	void aSecondTapReplacesTheFirstAndDropsAReasonThatNoLongerApplies() {
		var cohort = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 1);
		var anna = fixtures.enrol(cohort.id(), "Anna Bakker");
		long session = cohort.sessions().get(0);
		attendance.record(cohort.id(), session, anna.enrolmentId(), AttendanceStatus.EXCUSED, "Train strike",
				anna.personId());
		attendance.record(cohort.id(), session, anna.enrolmentId(), AttendanceStatus.PRESENT, "Train strike",
				anna.personId());
		var line = attendance.sheet(cohort.id(), session).lines().get(0);
		assertThat(line.status()).isEqualTo(AttendanceStatus.PRESENT);
		assertThat(line.reason()).isNull();
	}

	@Test
	void allPresentMarksOnlyThoseNotRegisteredYet() {
		var cohort = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 1);
		var anna = fixtures.enrol(cohort.id(), "Anna Bakker");
		fixtures.enrol(cohort.id(), "Bram Claes");
		fixtures.enrol(cohort.id(), "Cas Dekker");
		long session = cohort.sessions().get(0);
		attendance.record(cohort.id(), session, anna.enrolmentId(), AttendanceStatus.ABSENT, null, anna.personId());
		assertThat(attendance.allPresent(cohort.id(), session, anna.personId())).isEqualTo(2);
		var sheet = attendance.sheet(cohort.id(), session);
		assertThat(sheet.count(AttendanceStatus.PRESENT)).isEqualTo(2);
		assertThat(sheet.count(AttendanceStatus.ABSENT)).isEqualTo(1);
	}

	@Test
	void aSessionOfAnotherCohortIsNotFound() throws Exception {
		var cohort = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 1);
		var other = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 1);
		var anna = fixtures.enrol(cohort.id(), "Anna Bakker");
		int status = mvc
			.perform(post("/secretary/cohorts/" + cohort.id() + "/attendance/" + other.sessions().get(0) + "/"
					+ anna.enrolmentId())
				.param("status", "PRESENT")
				.with(csrf())
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(404);
	}

	@Test
	void theParticipantSeesTheirOwnAttendanceOnTheirStartPage() throws Exception {
		var cohort = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 2);
		var anna = fixtures.enrol(cohort.id(), "Anna Bakker");
		attendance.record(cohort.id(), cohort.sessions().get(0), anna.enrolmentId(), AttendanceStatus.PRESENT, null,
				anna.personId());
		attendance.record(cohort.id(), cohort.sessions().get(1), anna.enrolmentId(), AttendanceStatus.EXCUSED,
				"Dentist", anna.personId());
		String body = mvc.perform(get("/my").with(user(DeliveryFixtures.user(anna))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var section = Jsoup.parse(body).select("section[aria-labelledby=my-delivery-heading]");
		assertThat(section.text()).contains("Present at 1 of the 2 sessions so far")
			.contains("excused")
			.contains("Dentist");
	}

	private static String tap(DeliveryFixtures.PastCohort cohort, int session, DeliveryFixtures.Participant p) {
		return "/secretary/cohorts/" + cohort.id() + "/attendance/" + cohort.sessions().get(session) + "/"
				+ p.enrolmentId();
	}

}
