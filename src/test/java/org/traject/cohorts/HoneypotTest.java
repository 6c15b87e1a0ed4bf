package org.traject.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.IntegrationTest;
import org.traject.web.Honeypot;

/**
 * A bot that fills the field people never see gets the answer a person would get, and
 * nothing happens: no account, no enrolment, no email.
 */
@IntegrationTest
class HoneypotTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CohortEditing editing;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	EnrolmentFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new EnrolmentFixtures(editing, programmes, people, jdbc);
	}

	@Test
	void theSignUpFormCarriesAFieldPeopleDoNotSee() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 3, SeatRelease.CONFIRM_NEXT);
		String page = mvc.perform(get("/signup/" + cohort).locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("class=\"trap-field\"")
			.contains("name=\"" + Honeypot.FIELD + "\"")
			.contains("tabindex=\"-1\"")
			.contains("Leave this field empty");
	}

	@Test
	void aBotSigningUpSeesTheUsualCheckYourEmailPageAndNothingIsCreated() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 3, SeatRelease.CONFIRM_NEXT);
		String person = "person-" + UUID.randomUUID() + "@example.org";
		String bot = "bot-" + UUID.randomUUID() + "@example.org";

		String personPage = signUp(cohort, person, "");
		String botPage = signUp(cohort, bot, "https://spam.example");

		assertThat(botPage.replace(bot, person)).isEqualTo(personPage);
		await().atMost(Duration.ofSeconds(60)).until(() -> emailsTo(person) >= 1);
		assertThat(people.findByEmail(person)).isPresent();
		assertThat(people.findByEmail(bot)).as("no account for the bot").isEmpty();
		assertThat(emailsTo(bot)).isZero();
		assertThat(jdbc.sql("select count(*) from enrolment where cohort_id = :cohort")
			.param("cohort", cohort)
			.query(Long.class)
			.single()).as("the person's enrolment only").isEqualTo(1);
	}

	@Test
	void aBotAskingForAPasswordResetIsToldToCheckItsEmailAndNoEmailIsSent() throws Exception {
		String person = account();
		String victim = account();

		MvcResult asked = mvc.perform(post("/account/password-reset").param("email", person).with(csrf())).andReturn();
		MvcResult botAsked = mvc
			.perform(post("/account/password-reset").param("email", victim)
				.param(Honeypot.FIELD, "http://example.com")
				.with(csrf()))
			.andReturn();

		assertThat(botAsked.getResponse().getRedirectedUrl()).isEqualTo("/account/password-reset")
			.isEqualTo(asked.getResponse().getRedirectedUrl());
		assertThat(page(get("/account/password-reset").cookie(botAsked.getResponse().getCookie("SESSION"))))
			.contains("Check your email")
			.contains(victim);
		await().atMost(Duration.ofSeconds(60)).until(() -> emailsTo(person) == 1);
		assertThat(emailsTo(victim)).as("no email to the address the bot typed").isZero();
	}

	private String signUp(long cohort, String email, String website) throws Exception {
		MvcResult posted = mvc
			.perform(post("/signup/" + cohort).with(csrf())
				.param("name", "Someone")
				.param("email", email)
				.param("organisation", "School")
				.param("jobTitle", "Teacher")
				.param("language", "en")
				.param(Honeypot.FIELD, website))
			.andReturn();
		assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/signup/" + cohort + "/done");
		return page(get("/signup/" + cohort + "/done").cookie(posted.getResponse().getCookie("SESSION")));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String account() {
		String email = "honeypot-" + UUID.randomUUID() + "@example.org";
		people.ensureAccount(email, "Hanne Honning", Locale.ENGLISH, "a-long-password-1", Set.of(Role.PARTICIPANT),
				null, null);
		return email;
	}

	private long emailsTo(String recipient) {
		return jdbc.sql("select count(*) from outgoing_email where recipient = :to")
			.param("to", recipient)
			.query(Long.class)
			.single();
	}

}
