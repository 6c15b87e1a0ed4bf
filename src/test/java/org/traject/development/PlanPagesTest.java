package org.traject.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.competencies.ProfileVersionView;
import org.traject.people.Actor;
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

		var editGoal = html(get("/my/plan/goals/" + goal + "/edit"));
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

	@Test
	void aDutchParticipantsGoalIsMarkedDutchOnTheEnglishPagesOfTheOwnerAndTheCoach() throws Exception {
		var noor = people.ensureAccount("noor-" + DevelopmentFixtures.unique() + "@example.org", "Noor Visser",
				Locale.forLanguageTag("nl"), null, Set.of(Role.PARTICIPANT), "Basisschool", null);
		var coach = fixtures.person("Cees Coach", Role.COACH);
		plans.addGoal(noor.id(), new GoalDetails("Beter luisteren naar het team", "Eerst vragen, dan zeggen",
				"Het team merkt het", null), List.of());
		plans.shareWithCoach(noor.id(), coach.id());
		long planId = plans.planOf(noor.id()).orElseThrow();

		for (var page : List.of(html(noor, get("/my/plan"), "en"), html(coach, get("/coach/plans/" + planId), "en"))) {
			assertThat(page.select("html").attr("lang")).isEqualTo("en");
			var title = page.select(".goal h3").first();
			assertThat(title.text()).isEqualTo("Beter luisteren naar het team");
			assertThat(title.attr("lang")).isEqualTo("nl");
			assertThat(page.select(".goal .goal-text[lang=nl]").eachText()).contains("Eerst vragen, dan zeggen",
					"Het team merkt het");
			assertThat(page.select(".goal dt").first().hasAttr("lang")).as("the labels stay in the page's language")
				.isFalse();
		}
	}

	@Test
	void competenciesOnTheGoalFormAreMarkedInTheirProfilesLanguage() throws Exception {
		var profile = fixtures.profile(2);
		fixtures.submitted(participant.id(), profile, null, k -> new int[] { 2, 4 });

		var form = html(participant, get("/my/plan/goals/new"), "da");

		assertThat(form.select("html").attr("lang")).isEqualTo("da");
		assertThat(form.select("#competencies label").eachAttr("lang")).containsOnly(profile.defaultLanguage())
			.hasSize(2);
	}

	private ProfileVersionView newVersion(ProfileVersionView published) {
		long draft = profileEditing.edit(Actor.system(), published.id()).getId();
		profileEditing.publish(Actor.system(), draft,
				profiles.findVersion(draft, Locale.ENGLISH).orElseThrow().lockVersion());
		return profiles.findVersion(draft, Locale.ENGLISH).orElseThrow();
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return as(participant, request, "en");
	}

	private MvcResult as(People.PersonView reader, MockHttpServletRequestBuilder request, String language)
			throws Exception {
		return mvc.perform(request.with(fixtures.as(reader)).with(csrf()).header("Accept-Language", language))
			.andReturn();
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		return html(participant, request, "en");
	}

	private Document html(People.PersonView reader, MockHttpServletRequestBuilder request, String language)
			throws Exception {
		MvcResult result = as(reader, request, language);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
