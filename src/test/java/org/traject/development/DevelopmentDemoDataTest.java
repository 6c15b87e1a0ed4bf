package org.traject.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.traject.test.DemoUsers;

/**
 * The demo participant's development is there to be shown: two measurements, feedback, a
 * shared plan.
 */
class DevelopmentDemoDataTest extends DevelopmentIntegrationTest {

	@Test
	void theDemoParticipantHasTwoMeasurementsWithFeedbackAndAPlanSharedWithTheCoach() throws Exception {
		var participant = people.findByEmail(DemoUsers.PARTICIPANT).orElseThrow();
		var coach = people.findByEmail(DemoUsers.COACH).orElseThrow();
		long recent = jdbc.queryForObject("""
				select id from assessment where person_id = ? and programme_id is not null
				order by submitted_at desc limit 1""", Long.class, participant.id());

		assertThat(jdbc.queryForList("""
				select relation from feedback_invitation where assessment_id = ? and status = 'ANSWERED'
				order by relation""", String.class, recent)).containsExactly("MANAGER", "PEER", "PEER");
		var results = Jsoup
			.parse(mvc.perform(get("/my/measurements/" + recent + "/results").with(fixtures.as(participant)))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(results.select("table.results-table thead th").eachText()).contains("Manager",
				"Colleagues (average)");
		// the demo measurement was taken for the IKC director programme, so its modules
		// are suggested
		assertThat(results.select("#suggestions").text()).contains("Coachgesprek op basis van de affiniteitenmeting");

		long planId = plans.planOf(participant.id()).orElseThrow();
		assertThat(jdbc.queryForObject("select count(*) from plan_goal where plan_id = ?", Long.class, planId))
			.isGreaterThanOrEqualTo(3);
		assertThat(jdbc.queryForObject("""
				select count(*) from plan_evidence e join plan_goal g on g.id = e.goal_id
				where g.plan_id = ? and e.content_type = 'application/pdf'""", Long.class, planId)).isPositive();
		var coachView = mvc.perform(get("/coach/plans/" + planId).with(fixtures.as(coach))).andReturn().getResponse();
		assertThat(coachView.getStatus()).isEqualTo(200);
		assertThat(coachView.getContentAsString()).contains("Mooi begin.");
		assertThat(mvc.perform(get("/my/measurements").with(fixtures.as(participant)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("10 of 10 answered");
	}

}
