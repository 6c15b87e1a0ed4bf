package org.traject.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.traject.competencies.ProfileVersionView;
import org.traject.development.internal.Plans;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.QueryCounter;

/**
 * The plan page and the results page cost a fixed number of SQL statements, however many
 * goals, actions, evidence entries, comments and competencies there are: measured at two
 * data sizes, the counts must be equal.
 */
class DevelopmentQueryBudgetTest extends DevelopmentIntegrationTest {

	private int statementsFor(String path, People.PersonView person) throws Exception {
		RequestPostProcessor signedIn = fixtures.as(person);
		QueryCounter.reset();
		int status = mvc.perform(get(path).with(signedIn)).andReturn().getResponse().getStatus();
		int count = QueryCounter.count();
		assertThat(status).as(path).isEqualTo(200);
		return count;
	}

	@Test
	void thePlanPageCostsTheSameAtTwoSizes() throws Exception {
		var small = planWith(1, 1);
		var large = planWith(8, 3);

		int smallCount = statementsFor("/my/plan", small);
		int largeCount = statementsFor("/my/plan", large);

		// the ceiling counts the enrolment look-up for programme suggestions; what must
		// hold is the equality
		assertThat(largeCount).isEqualTo(smallCount).isPositive().isLessThanOrEqualTo(14);
		assertThat(statementsFor("/coach/plans/" + plans.planOf(large.id()).orElseThrow(), coachOf(large)))
			.isEqualTo(statementsFor("/coach/plans/" + plans.planOf(small.id()).orElseThrow(), coachOf(small)));
	}

	@Test
	void theResultsPageCostsTheSameAtTwoSizes() throws Exception {
		var smallPerson = fixtures.person("Small Results", Role.PARTICIPANT);
		var largePerson = fixtures.person("Large Results", Role.PARTICIPANT);
		long small = measured(smallPerson, fixtures.profile(2));
		long large = measured(largePerson, fixtures.profile(14));

		int smallCount = statementsFor("/my/measurements/" + small + "/results", smallPerson);
		int largeCount = statementsFor("/my/measurements/" + large + "/results", largePerson);

		assertThat(largeCount).isEqualTo(smallCount).isPositive().isLessThanOrEqualTo(16);
	}

	private long measured(People.PersonView person, ProfileVersionView profile) {
		long id = fixtures.submitted(person.id(), profile, null, k -> new int[] { 2, (int) (k.id() % 5) + 1 });
		fixtures.feedback(id, person.id(), profile, Relation.MANAGER, 3);
		fixtures.feedback(id, person.id(), profile, Relation.PEER, 2);
		fixtures.feedback(id, person.id(), profile, Relation.PEER, 4);
		return id;
	}

	private People.PersonView planWith(int goals, int each) {
		var person = fixtures.person("Plan Budget", Role.PARTICIPANT);
		var profile = fixtures.profile(Math.max(2, each));
		fixtures.submitted(person.id(), profile, null, k -> new int[] { 2, 4 });
		var competencies = profile.clusters().stream().flatMap(c -> c.competencies().stream()).toList();
		var coach = fixtures.person("Budget Coach", Role.COACH);
		plans.shareWithCoach(person.id(), coach.id());
		long planId = plans.planOf(person.id()).orElseThrow();
		var asCoach = new CurrentUser(coach.id(), coach.email(), coach.displayName(), "en", Set.of(Role.COACH), "",
				true);
		for (int g = 0; g < goals; g++) {
			long goal = plans.addGoal(person.id(), new GoalDetails("Goal " + g, "Description", "Criteria", null),
					competencies.subList(0, Math.min(each, competencies.size())).stream().map(c -> c.id()).toList());
			for (int i = 0; i < each; i++) {
				plans.addAction(person.id(), goal, ActionType.values()[i % ActionType.values().length], "Action " + i,
						LocalDate.now().plusDays(i));
				plans.addEvidence(person.id(), goal, LocalDate.now(), "Evidence " + i,
						i == 0 ? new Plans.Upload("e.pdf", "application/pdf", new byte[] { 37, 80, 68, 70 }) : null);
				plans.comment(asCoach, planId, goal, "Comment " + i);
			}
		}
		for (int i = 0; i < each; i++) {
			plans.recordSession(asCoach, planId, LocalDate.now().minusDays(i), "Notes " + i);
		}
		jdbc.update(
				"insert into plan_share (plan_id, relation, person_id, email, name, shared_at) values (?, 'MANAGER', null, ?, 'M', now())",
				planId, "manager-" + DevelopmentFixtures.unique() + "@example.org");
		return person;
	}

	private People.PersonView coachOf(People.PersonView participant) {
		long coachId = jdbc.queryForObject("""
				select s.person_id from plan_share s join development_plan p on p.id = s.plan_id
				where p.person_id = ? and s.relation = 'COACH'""", Long.class, participant.id());
		return people.findById(coachId).orElseThrow();
	}

}
