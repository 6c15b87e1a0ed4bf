package org.traject.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.CohortMessage.Audience;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.CohortMessages;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.people.Actor;
import org.traject.people.People;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;
import org.traject.test.QueryCounter;

/**
 * The secretary's message pages: the preview counts the recipients and shows the text as
 * it will be read, sanitised; hostile input comes back beside its field; sending the same
 * form twice sends once; the message pages cost a fixed number of statements however many
 * messages there are.
 */
@IntegrationTest
class CohortMessagePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CohortMessages messages;

	@Autowired
	EnrolmentAdministration administration;

	@Autowired
	CohortEditing editing;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	private EnrolmentFixtures fixtures;

	private long cohort;

	private long waiting;

	@BeforeEach
	void cohortWithAWaitlist() {
		fixtures = new EnrolmentFixtures(editing, programmes, people, jdbc);
		cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		for (String name : List.of("Pia Plaats", "Wouter Wacht", "Wil Wacht")) {
			long person = fixtures.person(name);
			administration.enrol(cohort, person, Actor.system(), null);
			waiting = person;
		}
	}

	private UserDetails secretary() {
		return users.loadUserByUsername(DemoUsers.SECRETARY);
	}

	private MockHttpServletRequestBuilder form(String path, String... fields) {
		var request = post(path).with(csrf()).with(user(secretary())).locale(Locale.ENGLISH);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

	@Test
	void thePreviewCountsTheRecipientsAndShowsTheSanitisedText() throws Exception {
		var response = mvc
			.perform(form("/secretary/cohorts/" + cohort + "/messages/preview", "audience", "WAITLIST", "subject",
					"Soon", "body", "**Bold** <script>alert(1)</script>", "token", UUID.randomUUID().toString()))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		var page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select(".recipient-count").text()).isEqualTo("This message goes to 2 people.");
		assertThat(page.select(".preview-email").text()).contains("Hello Wouter Wacht,");
		assertThat(page.select(".preview-body strong").text()).isEqualTo("Bold");
		assertThat(page.select(".preview-body script")).isEmpty();
		assertThat(page.select(".recipients li")).hasSize(2);
		assertThat(page.select("form.send-form input[name=body]").val())
			.isEqualTo("**Bold** <script>alert(1)</script>");
	}

	@Test
	void hostileInputComesBackBesideItsFieldWithWhatWasTyped() throws Exception {
		var response = mvc
			.perform(form("/secretary/cohorts/" + cohort + "/messages", "audience", "EVERYONE", "subject",
					"Kept subject", "body", "", "personIds", "abc", "token", "not-a-uuid"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		var page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("#audience-error")).isNotEmpty();
		assertThat(page.select("input[name=subject]").val()).isEqualTo("Kept subject");

		var blank = Jsoup.parse(mvc.perform(form("/secretary/cohorts/" + cohort + "/messages", "audience", "CONFIRMED",
				"subject", "Kept subject", "body", "   "))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(blank.select("#body-error").text()).isEqualTo("Write the message.");
		assertThat(blank.select("input[name=subject]").val()).isEqualTo("Kept subject");
		assertThat(messages.ofCohort(cohort)).isEmpty();
	}

	@Test
	void tickingNobodyIsRefusedBesideTheChoiceAndTheSameFormSentTwiceSendsOnce() throws Exception {
		var refused = Jsoup.parse(mvc
			.perform(form("/secretary/cohorts/" + cohort + "/messages/preview", "audience", "CHOSEN", "subject", "Hi",
					"body", "Text"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(refused.select("#audience-error").text()).startsWith("Nobody would receive this message");

		String token = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			var response = mvc
				.perform(form("/secretary/cohorts/" + cohort + "/messages", "audience", "CHOSEN", "personIds",
						String.valueOf(waiting), "subject", "Just you", "body", "Text", "token", token))
				.andReturn()
				.getResponse();
			assertThat(response.getRedirectedUrl()).isEqualTo("/secretary/cohorts/" + cohort + "/messages");
		}
		assertThat(messages.ofCohort(cohort)).singleElement().satisfies(m -> {
			assertThat(m.audience()).isEqualTo(Audience.CHOSEN);
			assertThat(m.recipientCount()).isEqualTo(1);
		});
	}

	@Test
	void peopleTickedOnTheRosterArriveTickedOnTheMessageForm() throws Exception {
		var roster = Jsoup.parse(page("/secretary/cohorts/" + cohort, secretary()));
		var ticks = roster.select("input.roster-tick[form=write-to-ticked]");
		assertThat(ticks).as("one box per seated or waiting person").hasSize(3);
		assertThat(roster.select("form#write-to-ticked input[name=audience]").attr("value")).isEqualTo("CHOSEN");

		var compose = Jsoup.parse(page(
				"/secretary/cohorts/" + cohort + "/messages/new?audience=CHOSEN&personIds=" + waiting + "&personIds=",
				secretary()));
		assertThat(compose.select("input[name=personIds][checked]")).extracting(e -> e.attr("value"))
			.containsExactly(String.valueOf(waiting));
		assertThat(compose.select("input[name=audience][value=CHOSEN]").hasAttr("checked")).isTrue();
	}

	@Test
	void theMessagePagesCostTheSameWithSixTimesTheMessages() throws Exception {
		send(1);
		int smallCohort = statementsFor("/secretary/cohorts/" + cohort + "/messages", secretary());
		var participant = users.loadUserByUsername(people.findById(waiting).orElseThrow().email());
		int smallPerson = statementsFor("/my/messages", participant);

		send(5);
		int largeCohort = statementsFor("/secretary/cohorts/" + cohort + "/messages", secretary());
		int largePerson = statementsFor("/my/messages", participant);

		assertThat(Jsoup.parse(page("/secretary/cohorts/" + cohort + "/messages", secretary())).select(".sent-message"))
			.hasSize(6);
		assertThat(Jsoup.parse(page("/my/messages", participant)).select(".received-message")).hasSize(6);
		assertThat(Jsoup.parse(page("/my/messages", participant)).select(".empty-state")).isEmpty();
		assertThat(largeCohort).isEqualTo(smallCohort).isPositive().isLessThanOrEqualTo(14);
		assertThat(largePerson).isEqualTo(smallPerson).isPositive().isLessThanOrEqualTo(4);
	}

	private void send(int count) {
		for (int i = 0; i < count; i++) {
			messages.send(cohort,
					new CohortMessages.Draft(UUID.randomUUID(), Audience.WAITLIST, "Message " + i, "Text " + i,
							List.of()),
					new org.traject.people.Actor(org.traject.people.Actor.Capacity.SECRETARY, null, "Counter"));
		}
	}

	private int statementsFor(String path, UserDetails who) throws Exception {
		page(path, who);
		QueryCounter.reset();
		int status = mvc.perform(get(path).with(user(who))).andReturn().getResponse().getStatus();
		int count = QueryCounter.count();
		assertThat(status).as(path).isEqualTo(200);
		return count;
	}

	private String page(String path, UserDetails who) throws Exception {
		return mvc.perform(get(path).with(user(who)).locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
