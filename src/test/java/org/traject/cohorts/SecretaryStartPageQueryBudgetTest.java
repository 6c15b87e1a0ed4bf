package org.traject.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.Enrolments;
import org.traject.cohorts.internal.Manager;
import org.traject.people.People;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;
import org.traject.test.QueryCounter;

/**
 * The secretary's start page and the cohort overview cost a fixed number of SQL
 * statements: measured, then measured again after adding cohorts of every kind the start
 * page lists (decisions due, waitlists beside a free place, approvals waiting, sessions
 * this week, new sign-ups), the counts must be equal.
 */
@IntegrationTest
class SecretaryStartPageQueryBudgetTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	CohortEditing editing;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	People people;

	@Autowired
	Enrolments enrolments;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theStartPageAndTheOverviewCostTheSameWithFiveTimesTheCohorts() throws Exception {
		var fixtures = new EnrolmentFixtures(editing, programmes, people, jdbc);
		addCohortsOfEveryKind(fixtures, 1);
		int smallStart = statementsFor("/secretary");
		int smallOverview = statementsFor("/secretary/cohorts?sort=waitlist&dir=desc&q=e");
		int itemsBefore = Jsoup.parse(page("/secretary")).select(".task-list-item").size();

		addCohortsOfEveryKind(fixtures, 5);
		int largeStart = statementsFor("/secretary");
		int largeOverview = statementsFor("/secretary/cohorts?sort=waitlist&dir=desc&q=e");
		int itemsAfter = Jsoup.parse(page("/secretary")).select(".task-list-item").size();

		assertThat(itemsAfter).as("the larger data set lists more items").isGreaterThan(itemsBefore);
		// the worklist (6), sessions (2), failed emails (1), reports, and signing in
		assertThat(largeStart).isEqualTo(smallStart).isPositive().isLessThanOrEqualTo(16);
		// the page with its total (1) and the programme filter (1), plus signing in (the
		// account, and whether it has a passkey)
		assertThat(largeOverview).isEqualTo(smallOverview).isPositive().isLessThanOrEqualTo(7);
	}

	private void addCohortsOfEveryKind(EnrolmentFixtures fixtures, int each) {
		for (int i = 0; i < each; i++) {
			long due = fixtures.openCohortStartingIn(EnrolmentFixtures.PLAIN_PROGRAMME, 6, 10);
			enrolments.signUp(due, fixtures.participant(fixtures.person("Due Person")), null);
			editing.addSession(due, null, "Kick-off", Instant.now().plus(Duration.ofDays(2)),
					Instant.now().plus(Duration.ofDays(2)).plus(Duration.ofHours(3)), "Utrecht");

			fixtures.waitlistBesideAFreePlace(enrolments);

			long approval = fixtures.openCohort(EnrolmentFixtures.APPROVAL_PROGRAMME, 4, SeatRelease.CONFIRM_NEXT);
			enrolments.signUp(approval, fixtures.participant(fixtures.person("Asking Person")),
					new Manager("Mira Manager", "mira.manager@example.org"));
			jdbc.sql("update enrolment set requested_at = now() - interval '9 days' where cohort_id = :id")
				.param("id", approval)
				.update();
		}
	}

	private int statementsFor(String path) throws Exception {
		// the first look records the visit; measure a look like every later one
		page(path);
		QueryCounter.reset();
		int status = mvc.perform(get(path).with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn()
			.getResponse()
			.getStatus();
		int count = QueryCounter.count();
		assertThat(status).as(path).isEqualTo(200);
		return count;
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
