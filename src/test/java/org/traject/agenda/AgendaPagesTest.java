package org.traject.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.agenda.internal.CalendarFeeds;
import org.traject.agenda.internal.ReminderSettings;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.people.People;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;
import org.traject.test.QueryCounter;

/**
 * The account page's reminder and calendar sections and the secretary's reminder pages:
 * what a person sees and changes, hostile input answered beside its field, and a fixed
 * number of statements per page however many programmes or reminders there are.
 */
@IntegrationTest
class AgendaPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReminderSettings settings;

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	Cohorts cohorts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	People people;

	private AgendaFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new AgendaFixtures(cohorts, catalogue, people);
	}

	@Test
	void aPersonTurnsRemindersOffAndCreatesAndRenewsTheirCalendarAddressOnTheAccountPage() throws Exception {
		var person = fixtures.person("Mila Account", "nl");
		var who = users.loadUserByUsername(person.email());

		var page = page("/my/account", who);
		assertThat(page.select("#reminders-wanted").hasAttr("checked")).isTrue();
		assertThat(page.select("#calendar-url")).isEmpty();
		assertThat(page.select("#calendar-renew").text()).isEqualTo("Create my calendar address");

		assertThat(postAs(who, "/my/account/reminders").getRedirectedUrl()).isEqualTo("/my/account#reminders");
		assertThat(settings.wantsReminders(person.id())).isFalse();
		assertThat(page("/my/account", who).select("#reminders-wanted").hasAttr("checked")).isFalse();
		postAs(who, "/my/account/reminders", "wanted", "true");
		assertThat(settings.wantsReminders(person.id())).isTrue();
		postAs(who, "/my/account/reminders", "wanted", "garbage\u0000");
		assertThat(settings.wantsReminders(person.id())).as("anything but true is off").isFalse();

		postAs(who, "/my/account/calendar");
		String address = page("/my/account", who).select("#calendar-url").val();
		assertThat(address).matches("http://localhost/calendar/[A-Za-z0-9_-]{43}\\.ics");
		assertThat(
				mvc.perform(get(address.substring("http://localhost".length()))).andReturn().getResponse().getStatus())
			.isEqualTo(200);

		postAs(who, "/my/account/calendar");
		var renewed = page("/my/account", who);
		assertThat(renewed.select("#calendar-url").val()).isNotEqualTo(address);
		assertThat(renewed.select("#calendar-renew").text()).isEqualTo("Renew the address");
		assertThat(
				mvc.perform(get(address.substring("http://localhost".length()))).andReturn().getResponse().getStatus())
			.as("the old address")
			.isEqualTo(404);
	}

	@Test
	void aSecretarySetsTheDaysAndPreparationAndGarbageComesBackBesideTheField() throws Exception {
		long programme = fixtures.programme(AgendaFixtures.IKC);
		fixtures.cohort(AgendaFixtures.IKC, 5, SeatRelease.CONFIRM_NEXT, 30);
		var secretary = users.loadUserByUsername(DemoUsers.SECRETARY);
		String path = "/secretary/reminders/programmes/" + programme;
		var form = page(path, secretary);
		String version = form.select("input[name=version]").val();

		var notANumber = Jsoup
			.parse(postAs(secretary, path, "daysBefore", "drie", "preparation", "Pen en papier", "version", version)
				.getContentAsString());
		assertThat(notANumber.select("#daysBefore-error").text()).isEqualTo("Enter a whole number from 0 to 30.");
		assertThat(notANumber.select("#daysBefore").val()).isEqualTo("drie");
		assertThat(notANumber.select("#preparation").text()).isEqualTo("Pen en papier");

		var tooMany = Jsoup
			.parse(postAs(secretary, path, "daysBefore", "31", "preparation", "x".repeat(1_000_000), "version", version)
				.getContentAsString());
		assertThat(tooMany.select("#daysBefore-error").text()).isEqualTo("Enter a whole number from 0 to 30.");
		assertThat(tooMany.select("#preparation-error").text()).isEqualTo("Keep it to 2000 characters.");

		var badVersion = postAs(secretary, path, "daysBefore", "2", "preparation", "", "version", "1e99");
		assertThat(badVersion.getStatus()).isEqualTo(200);

		var saved = postAs(secretary, path, "daysBefore", "2", "preparation", "Het analysesjabloon\u0000, ingevuld",
				"version", version);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/secretary/reminders");
		var stored = settings.ofProgramme(programme);
		assertThat(stored.daysBefore()).isEqualTo(2);
		assertThat(stored.preparation()).isEqualTo("Het analysesjabloon, ingevuld");

		var stale = postAs(secretary, path, "daysBefore", "4", "preparation", "", "version", version);
		assertThat(stale.getStatus()).as("saved by someone else meanwhile").isEqualTo(409);
		assertThat(settings.ofProgramme(programme).daysBefore()).isEqualTo(2);

		var list = page("/secretary/reminders", secretary);
		assertThat(list.select("#programme-reminders a[href=" + path + "]")).hasSize(1);
		assertThat(list.text()).contains("2 days before");
		settings.save(programme, settings.ofProgramme(programme).version(), 3, "");
	}

	@Test
	void theAccountAndReminderPagesCostAFixedNumberOfStatements() throws Exception {
		var person = fixtures.person("Noor Budget", "en");
		var who = users.loadUserByUsername(person.email());
		int withoutFeed = statementsFor("/my/account", who);
		feeds.renew(person.id());
		settings.setWantsReminders(person.id(), false);
		int withFeed = statementsFor("/my/account", who);
		var secretary = users.loadUserByUsername(DemoUsers.SECRETARY);
		int fewProgrammes = statementsFor("/secretary/reminders", secretary);
		fixtures.cohort(AgendaFixtures.APPROVAL, 5, SeatRelease.CONFIRM_NEXT, 50);
		fixtures.cohort("gesprek-met-een-managementcoach", 5, SeatRelease.CONFIRM_NEXT, 50);
		int moreProgrammes = statementsFor("/secretary/reminders", secretary);

		assertThat(withFeed).isEqualTo(withoutFeed).isPositive().isLessThanOrEqualTo(6);
		assertThat(moreProgrammes).isEqualTo(fewProgrammes).isPositive().isLessThanOrEqualTo(5);
	}

	private int statementsFor(String path, UserDetails who) throws Exception {
		page(path, who);
		QueryCounter.reset();
		int status = mvc.perform(get(path).with(user(who))).andReturn().getResponse().getStatus();
		int count = QueryCounter.count();
		assertThat(status).as(path).isEqualTo(200);
		return count;
	}

	private Document page(String path, UserDetails who) throws Exception {
		var response = mvc.perform(get(path).with(user(who))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private MockHttpServletResponse postAs(UserDetails who, String path, String... fields) throws Exception {
		var request = post(path).with(user(who)).with(csrf()).locale(Locale.ENGLISH);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

}
