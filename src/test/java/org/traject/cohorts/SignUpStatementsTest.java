package org.traject.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.people.People;
import org.traject.privacy.Statements;
import org.traject.test.IntegrationTest;
import org.traject.test.QueryCounter;

/**
 * What one sign-up costs the database on the request's own thread: a visitor who creates
 * an account with the sign-up, the way the rush in {@code bench/} signs up. The listeners
 * (emails, matching the organisation) run after the commit on threads of their own and
 * are not counted here. The figure is the same for the first sign-up (a seat) and for one
 * on the waitlist.
 */
@IntegrationTest
class SignUpStatementsTest {

	/**
	 * Statements of one sign-up POST besides the session's. It was 30 before issue 20's
	 * step 4: the public-form limit took 7 (now 2), the programme was read twice and the
	 * cohort with its sessions once (now the programme once), the enrolment was inserted
	 * and then updated (now inserted with its place), and the new account was read back
	 * by its address for the privacy record (now the outcome names the person).
	 */
	static final int BUDGET = 20;

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

	@Autowired
	Statements statements;

	EnrolmentFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new EnrolmentFixtures(editing, programmes, people, jdbc);
	}

	private int statementsOfOneSignUp(long cohort) throws Exception {
		String version = String
			.valueOf(statements.current(Statements.PRIVACY, Statements.languageOf(java.util.Locale.ENGLISH)).version());
		QueryCounter.reset();
		int status = mvc
			.perform(post("/signup/" + cohort).with(csrf())
				.param("name", "Rush Visitor")
				.param("email", "rush-" + UUID.randomUUID() + "@example.org")
				.param("organisation", "De Brug")
				.param("jobTitle", "Adjunct-directeur")
				.param("language", "nl")
				.param("privacyVersion", version))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("a sign-up redirects to its outcome page").isEqualTo(302);
		// Spring Session's statements are SessionStatementsTest's: a browser that loaded
		// the
		// form has its session already, MockMvc here does not
		return QueryCounter.count() - QueryCounter.sessionCount();
	}

	@Test
	void aVisitorsSignUpCostsAFixedNumberOfStatementsWhetherSeatedOrWaitlisted() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);

		int seated = statementsOfOneSignUp(cohort);
		String seatedStatements = QueryCounter.statements();
		int waitlisted = statementsOfOneSignUp(cohort);
		String waitlistedStatements = QueryCounter.statements();

		assertThat(seated).as("a seat:\n" + seatedStatements).isLessThanOrEqualTo(BUDGET);
		assertThat(waitlisted).as("the waitlist:\n" + waitlistedStatements).isLessThanOrEqualTo(BUDGET);
		assertThat(fixtures.seatsHeld(cohort)).isEqualTo(1);
	}

}
