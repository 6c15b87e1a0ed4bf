package org.traject.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.people.Actor;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.Enrolment;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.cohorts.internal.Enrolments;
import org.traject.people.People;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * The secretary's cohort page and the participant's enrolment list cost the same number
 * of SQL statements however many enrolments there are (no N+1). Counted with Hibernate's
 * statistics, switched on for this test only: the statements that could grow with the
 * roster (enrolments, history, people, cohorts) all go through Hibernate.
 */
@IntegrationTest
class RosterStatementCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	Enrolments enrolments;

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

	EnrolmentFixtures fixtures;

	Statistics statistics;

	@BeforeEach
	void start() {
		fixtures = new EnrolmentFixtures(editing, programmes, people, jdbc);
		statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
	}

	@AfterEach
	void stop() {
		statistics.setStatisticsEnabled(false);
	}

	/**
	 * A cohort with some seated, some waiting, some cancelled, a waitlist move: every
	 * kind of line and history.
	 */
	private long cohortWith(int people) {
		int capacity = people / 2;
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, capacity, SeatRelease.CONFIRM_NEXT);
		long last = 0;
		for (int i = 0; i < people; i++) {
			long person = fixtures.person("Count " + i);
			last = enrolments.signUp(cohort, fixtures.participant(person), null).enrolmentId();
			if (i % 5 == 0) {
				enrolments.cancel(last, fixtures.participant(person), "Changed plans");
			}
		}
		administration.moveOnWaitlist(cohort, last, -1, new Actor(Actor.Capacity.SECRETARY, null, "Counter"), "Test");
		return cohort;
	}

	private long statementsFor(String path) throws Exception {
		var secretary = users.loadUserByUsername(DemoUsers.SECRETARY);
		long fewest = Long.MAX_VALUE;
		// the fewest of three: a listener or scheduled job of the running application may
		// add to the count meanwhile
		for (int attempt = 0; attempt < 3; attempt++) {
			statistics.clear();
			int status = mvc.perform(get(path).with(user(secretary))).andReturn().getResponse().getStatus();
			assertThat(status).isEqualTo(200);
			fewest = Math.min(fewest, statistics.getPrepareStatementCount());
		}
		return fewest;
	}

	@Test
	void theCohortPageCostsTheSameForFiveAndForFiftyEnrolments() throws Exception {
		long small = cohortWith(5);
		long large = cohortWith(50);
		long forSmall = statementsFor("/secretary/cohorts/" + small);
		long forLarge = statementsFor("/secretary/cohorts/" + large);
		assertThat(forSmall).isPositive();
		assertThat(forLarge).isEqualTo(forSmall);
		assertThat(statementsFor("/secretary/cohorts/" + large + "/roster.xlsx"))
			.isEqualTo(statementsFor("/secretary/cohorts/" + small + "/roster.xlsx"));
	}

	@Test
	void theParticipantsListCostsTheSameForOneAndForSixEnrolments() throws Exception {
		long one = fixtures.person("One Enrolment");
		long six = fixtures.person("Six Enrolments");
		enrolments.signUp(fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 3, SeatRelease.CONFIRM_NEXT),
				fixtures.participant(one), null);
		for (int i = 0; i < 6; i++) {
			enrolments.signUp(fixtures.openCohort(
					i % 2 == 0 ? EnrolmentFixtures.PLAIN_PROGRAMME : "routekaart-betrokkenheid-schoolleiding", 3,
					SeatRelease.CONFIRM_NEXT), fixtures.participant(six), null);
		}
		assertThat(count(six)).isEqualTo(count(one));
	}

	private long count(long personId) throws Exception {
		var user = users.loadUserByUsername(people.findById(personId).orElseThrow().email());
		long fewest = Long.MAX_VALUE;
		// the fewest of three: the listeners of the cohorts just opened may still be at
		// work in other threads
		for (int attempt = 0; attempt < 3; attempt++) {
			statistics.clear();
			mvc.perform(get("/my/enrolments").with(user(user))).andReturn();
			fewest = Math.min(fewest, statistics.getPrepareStatementCount());
		}
		return fewest;
	}

}
