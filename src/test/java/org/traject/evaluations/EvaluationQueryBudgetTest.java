package org.traject.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.evaluations.internal.EvaluationForms;
import org.traject.evaluations.internal.EvaluationJob;
import org.traject.test.DemoUsers;
import org.traject.test.MailIntegrationTest;
import org.traject.test.QueryCounter;

/**
 * The results of a round, the comparison of a programme's cohorts and their exports cost
 * a fixed number of SQL statements, however many people answered: measured at two sizes,
 * the counts must be equal.
 */
@MailIntegrationTest
class EvaluationQueryBudgetTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	EvaluationJob job;

	@Autowired
	EvaluationForms forms;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theResultPagesCostTheSameWithThreeAnswersAsWithTwelve() throws Exception {
		var fixtures = new EvaluationFixtures(context);
		long small = programmeWith(fixtures, 1, 3);
		long large = programmeWith(fixtures, 3, 12);
		long smallRound = fixtures.round(cohortOf(fixtures, small));
		long largeRound = fixtures.round(cohortOf(fixtures, large));

		// measured: the round page 9 (sign-in, the round, its form and questions, the
		// counts,
		// the open answers, the programme and the cohort), the comparison 5, an export 5,
		// the index 3
		int smallPage = statementsFor("/secretary/evaluations/rounds/" + smallRound);
		assertThat(statementsFor("/secretary/evaluations/rounds/" + largeRound)).isEqualTo(smallPage)
			.isLessThanOrEqualTo(9);
		assertThat(statementsFor("/secretary/evaluations/programmes/" + large))
			.isEqualTo(statementsFor("/secretary/evaluations/programmes/" + small))
			.isLessThanOrEqualTo(5);
		assertThat(statementsFor("/secretary/evaluations/rounds/" + largeRound + ".xlsx"))
			.isEqualTo(statementsFor("/secretary/evaluations/rounds/" + smallRound + ".xlsx"))
			.isLessThanOrEqualTo(5);
		assertThat(statementsFor("/secretary/evaluations")).isLessThanOrEqualTo(3);
	}

	private long programmeWith(EvaluationFixtures fixtures, int cohorts, int people) throws Exception {
		Instant now = Instant.now();
		long programme = fixtures.programme("en");
		var questions = forms.current(programme, "en").questions();
		for (int c = 0; c < cohorts; c++) {
			var cohort = fixtures.endedCohort(programme, people, 2, now);
			var emails = new java.util.ArrayList<String>();
			for (int p = 0; p < people; p++) {
				emails.add(fixtures.enrol(cohort.id(), "Budget " + c + " " + p).email());
			}
			job.runAt(now);
			for (int p = 0; p < people; p++) {
				var request = post("/evaluation/" + fixtures.link("evaluation-invitation", emails.get(p))).with(csrf());
				for (var q : questions) {
					request.param("q" + q.id(), q.kind() == QuestionKind.TEXT ? "Text " + p
							: q.kind() == QuestionKind.CHOICE ? "1" : Integer.toString(p % 5 + 1));
				}
				assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(200);
			}
		}
		return programme;
	}

	private long cohortOf(EvaluationFixtures fixtures, long programme) {
		return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select max(cohort_id) from evaluation_round where programme_id = :p")
			.param("p", programme)
			.query(Long.class)
			.single();
	}

	private int statementsFor(String path) throws Exception {
		var request = get(path).with(user(users.loadUserByUsername(DemoUsers.SECRETARY)));
		QueryCounter.reset();
		int status = mvc.perform(request).andReturn().getResponse().getStatus();
		int count = QueryCounter.count();
		assertThat(status).as(path).isEqualTo(200);
		return count;
	}

}
