package org.traject.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.people.Role;

/**
 * A participant sees on their plan's sharing page who has looked at the plan and results
 * they shared (coach, manager) and when; their own looks, and the attempts of people it
 * is not shared with, are not listed.
 */
class PlanViewsTest extends DevelopmentIntegrationTest {

	@Test
	void theOwnerSeesWhoLookedAtTheirSharedPlanAsWhatAndWhen() throws Exception {
		var owner = fixtures.person("Vera Viewed", Role.PARTICIPANT);
		var coach = fixtures.person("Cor Looking", Role.COACH);
		var manager = fixtures.person("Mira Manager", Role.PARTICIPANT);
		var stranger = fixtures.person("Stef Stranger", Role.COACH);
		plans.addGoal(owner.id(), new GoalDetails("Grow", null, null, null), List.of());
		long planId = plans.planOf(owner.id()).orElseThrow();

		assertThat(rows(owner)).as("before anyone looks").isEmpty();
		assertThat(page(owner).getElementById("plan-views").text()).contains("Nobody you share with has looked");

		plans.shareWithCoach(owner.id(), coach.id());
		plans.shareWithManager(owner.id(), manager.email(), "Mira");
		status(get("/coach/plans/" + planId).with(fixtures.as(coach)), 200);
		status(get("/coach/plans/" + planId).with(fixtures.as(coach)), 200);
		status(get("/my/shared/plans/" + planId).with(fixtures.as(manager)), 200);
		status(get("/my/plan").with(fixtures.as(owner)), 200);
		status(get("/coach/plans/" + planId).with(fixtures.as(stranger)), 404);

		var rows = rows(owner);
		assertThat(rows).hasSize(2);
		assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Cor Looking Coach").endsWith(" 2"));
		assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("Mira Manager Manager").endsWith(" 1"));
		assertThat(String.join("\n", rows)).doesNotContain("Vera Viewed").doesNotContain("Stef Stranger");
	}

	private List<String> rows(org.traject.people.People.PersonView owner) throws Exception {
		var table = page(owner).select("#plan-views tbody tr");
		return table.stream().map(Element::text).toList();
	}

	private org.jsoup.nodes.Document page(org.traject.people.People.PersonView owner) throws Exception {
		var response = mvc.perform(get("/my/plan/sharing").with(fixtures.as(owner)).locale(Locale.ENGLISH))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private void status(MockHttpServletRequestBuilder request, int expected) throws Exception {
		assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(expected);
	}

}
