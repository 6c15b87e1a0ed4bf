package org.traject.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.competencies.ProfileVersionView;
import org.traject.competencies.internal.Actor;
import org.traject.development.internal.GoalDetails;
import org.traject.people.People;
import org.traject.people.Role;

/** What a participant sees on the plan's goal, sharing and feedback pages. */
class PlanPagesTest extends DevelopmentIntegrationTest {

	People.PersonView participant;

	@BeforeEach
	void setUp() {
		participant = fixtures.person("Paula Participant", Role.PARTICIPANT);
	}

	@Test
	void theGoalFormListsEachCompetencyOnceAfterMeasurementsOnSeveralProfileVersions() throws Exception {
		var first = fixtures.profile(3);
		fixtures.submitted(participant.id(), first, null, k -> new int[] { 2, 4 });
		var second = newVersion(first);
		fixtures.submitted(participant.id(), second, null, k -> new int[] { 3, 4 });
		var third = newVersion(second);
		fixtures.submitted(participant.id(), third, null, k -> new int[] { 3, 5 });
		long linkedEarlier = first.clusters().get(0).competencies().get(0).id();
		long goal = plans.addGoal(participant.id(), new GoalDetails("Listen better", null, null, null),
				List.of(linkedEarlier));

		var newGoal = html(get("/my/plan/goals/new"));
		assertThat(newGoal.select("input[name=competencies]")).hasSize(3);
		assertThat(newGoal.select("#competencies label").eachText()).containsExactlyInAnyOrder("Competency 1",
				"Competency 2", "Competency 3");

		var editGoal = html(get("/my/plan/goals/" + goal));
		assertThat(editGoal.select("input[name=competencies]")).hasSize(3);
		assertThat(editGoal.select("input[name=competencies][checked]")).hasSize(1);
		assertThat(editGoal.select("input[name=competencies][checked]").val())
			.isEqualTo(Long.toString(third.clusters().get(0).competencies().get(0).id()));
	}

	@Test
	void theSharingPageNoLongerOffersACoachWhoAlreadyReadsThePlan() throws Exception {
		var coach = fixtures.person("Cora Coach", Role.COACH);
		var other = fixtures.person("Chris Coach", Role.COACH);
		plans.shareWithCoach(participant.id(), coach.id());

		var sharing = html(get("/my/plan/sharing"));

		assertThat(sharing.select(".share-list").text()).contains("Cora Coach");
		assertThat(sharing.select("#coachId option[value=" + coach.id() + "]")).isEmpty();
		assertThat(sharing.select("#coachId option[value=" + other.id() + "]")).hasSize(1);
	}

	@Test
	void theFeedbackInvitationConfirmationSaysTheInvitationIsEmailed() throws Exception {
		var profile = fixtures.profile(2);
		long id = fixtures.submitted(participant.id(), profile, null, k -> new int[] { 2, 3 });
		String email = "mona-" + DevelopmentFixtures.unique() + "@example.org";

		MvcResult invited = perform(post("/my/measurements/" + id + "/feedback").param("relation", "MANAGER")
			.param("name", "Mona Manager")
			.param("email", email)
			.param("language", "en"));
		// the flash message travels in the session, as it does in a browser
		var page = html(get(invited.getResponse().getRedirectedUrl()).cookie(invited.getResponse().getCookies()));

		String confirmation = page.select(".alert-success").text();
		assertThat(confirmation).contains("Mona Manager", "on its way to " + email, "/feedback/")
			.doesNotContain("Until invitations are emailed");
	}

	private ProfileVersionView newVersion(ProfileVersionView published) {
		long draft = profileEditing.edit(Actor.SYSTEM, published.id()).getId();
		profileEditing.publish(Actor.SYSTEM, draft, profiles.findVersion(draft, Locale.ENGLISH).orElseThrow()
			.lockVersion());
		return profiles.findVersion(draft, Locale.ENGLISH).orElseThrow();
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(fixtures.as(participant)).with(csrf()).locale(Locale.ENGLISH)).andReturn();
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}
}
