package org.traject.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.catalogue.CareerPhase;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.ProgrammeDetails;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.Sector;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.competencies.ProfileVersionView;
import org.traject.development.internal.MeasurementResults;
import org.traject.people.People;
import org.traject.people.Role;

@RecordApplicationEvents
class MeasurementFlowTest extends DevelopmentIntegrationTest {

	@Autowired
	MeasurementResults results;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	ApplicationEvents events;

	People.PersonView participant;

	@BeforeEach
	void setUp() {
		participant = fixtures.person("Petra Participant", Role.PARTICIPANT);
	}

	@Test
	void autosaveKeepsAHalfAnswerAndCountsOnlyCompleteAnswers() throws Exception {
		var profile = fixtures.profile(4);
		long id = start(profile);
		var first = profile.clusters().get(0).competencies().get(0);

		String saved = page(post("/my/measurements/" + id + "/answers/" + first.id()).header("HX-Request", "true")
			.param("level-" + first.id(), "2"));
		assertThat(saved).contains("Saved").contains("0 of 4 answered");

		saved = page(post("/my/measurements/" + id + "/answers/" + first.id()).header("HX-Request", "true")
			.param("level-" + first.id(), "2")
			.param("affinity-" + first.id(), "5")
			.param("comment-" + first.id(), "Working on it"));
		assertThat(saved).contains("1 of 4 answered");

		var cluster = html(get("/my/measurements/" + id + "/clusters/" + profile.clusters().get(0).id()));
		assertThat(cluster.getElementById("level-" + first.id() + "-2").hasAttr("checked")).isTrue();
		assertThat(cluster.getElementById("affinity-" + first.id() + "-5").hasAttr("checked")).isTrue();
		assertThat(cluster.getElementById("comment-" + first.id()).text()).isEqualTo("Working on it");
		assertThat(cluster.getElementById("progress-text").text()).isEqualTo("1 of 4 answered");
	}

	@Test
	void withoutJavaScriptSaveAndContinueKeepsThePageAndMovesToTheNextCluster() throws Exception {
		var profile = fixtures.profile(4);
		long id = start(profile);
		var firstCluster = profile.clusters().get(0);
		var request = post("/my/measurements/" + id + "/clusters/" + firstCluster.id()).param("next", "continue");
		for (var k : firstCluster.competencies()) {
			request.param("level-" + k.id(), "3").param("affinity-" + k.id(), "4");
		}
		// half an answer on the page is kept too
		MvcResult result = perform(request);

		assertThat(result.getResponse().getRedirectedUrl())
			.isEqualTo("/my/measurements/" + id + "/clusters/" + profile.clusters().get(1).id());
		assertThat(measurements.answeredCount(id)).isEqualTo(2);
		assertThat(html(get("/my/measurements/" + id)).text()).contains("2 of 4 answered");
	}

	@Test
	void handingInNeedsEveryCompetencyAnswered() throws Exception {
		var profile = fixtures.profile(3);
		long id = start(profile);
		var first = profile.clusters().get(0).competencies().get(0);
		perform(post("/my/measurements/" + id + "/answers/" + first.id()).param("level-" + first.id(), "2")
			.param("affinity-" + first.id(), "3"));

		MvcResult refused = perform(post("/my/measurements/" + id + "/submit").param("version", "0"));
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/my/measurements/" + id);
		assertThat(refused.getFlashMap().get("flashError")).isEqualTo("development.measurement.incomplete");
		assertThat(measurements.own(id, participant.id()).isSubmitted()).isFalse();
		assertThat(perform(get("/my/measurements/" + id + "/results")).getResponse().getRedirectedUrl())
			.isEqualTo("/my/measurements/" + id);

		profile.clusters().forEach(c -> c.competencies().forEach(k -> {
			try {
				perform(post("/my/measurements/" + id + "/answers/" + k.id()).param("level-" + k.id(), "2")
					.param("affinity-" + k.id(), "3"));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}));
		MvcResult accepted = perform(post("/my/measurements/" + id + "/submit").param("version", "0"));
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/my/measurements/" + id + "/results");
		var page = html(get("/my/measurements/" + id + "/results"));
		assertThat(page.select("table.results-table tbody tr")).hasSize(3);
		assertThat(page.select("svg.radar-chart polygon.radar-self")).hasSize(1);
		assertThat(page.text()).contains("Potential = (target level − your level");
		// answers of a handed-in measurement no longer change
		assertThat(perform(post("/my/measurements/" + id + "/answers/" + first.id()).param("level-" + first.id(), "5"))
			.getResponse()
			.getStatus()).isEqualTo(409);
	}

	@Test
	void anotherParticipantFindsNeitherTheMeasurementNorItsResultsNorItsFeedback() throws Exception {
		var profile = fixtures.profile(2);
		long id = fixtures.submitted(participant.id(), profile, null, k -> new int[] { 2, 3 });
		long earlier = fixtures.submitted(participant.id(), profile, null, k -> new int[] { 1, 3 });
		var other = fixtures.person("Otto Other", Role.PARTICIPANT);
		var k = profile.clusters().get(0).competencies().get(0);

		for (String path : new String[] { "/my/measurements/" + id, "/my/measurements/" + id + "/results",
				"/my/measurements/" + id + "/feedback", "/my/measurements/" + id + "/compare/" + earlier,
				"/my/measurements/" + id + "/clusters/" + profile.clusters().get(0).id() }) {
			assertThat(mvc.perform(get(path).with(fixtures.as(other))).andReturn().getResponse().getStatus()).as(path)
				.isEqualTo(404);
		}
		assertThat(status(post("/my/measurements/" + id + "/answers/" + k.id()).with(fixtures.as(other)).with(csrf())))
			.isEqualTo(404);
		assertThat(status(post("/my/measurements/" + id + "/feedback").param("relation", "PEER")
			.param("name", "Sneaky")
			.param("email", "sneaky@example.org")
			.with(fixtures.as(other))
			.with(csrf()))).isEqualTo(404);
		assertThat(
				jdbc.queryForObject("select count(*) from feedback_invitation where assessment_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void aFeedbackLinkIsStoredOnlyAsAHashAndWorksOnce() throws Exception {
		var profile = fixtures.profile(2);
		long id = fixtures.submitted(participant.id(), profile, null, k -> new int[] { 2, 3 });

		MvcResult invited = perform(post("/my/measurements/" + id + "/feedback").param("relation", "MANAGER")
			.param("name", "Maria Manager")
			.param("email", "maria-" + DevelopmentFixtures.unique() + "@example.org")
			.param("language", "nl"));
		var event = events.stream(FeedbackInvited.class).reduce((a, b) -> b).orElseThrow();
		String link = event.link();
		String token = link.substring("/feedback/".length());
		assertThat(invited.getFlashMap().get("flashArgs"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.ARRAY)
			.contains(link);
		assertThat(event.participantName()).isEqualTo("Petra Participant");
		assertThat(event.language()).isEqualTo("nl");
		assertThat(
				jdbc.queryForObject("select count(*) from feedback_invitation where token_hash = ?", Long.class, token))
			.as("the token itself is never stored")
			.isZero();

		var form = Jsoup.parse(mvc.perform(get(link)).andReturn().getResponse().getContentAsString());
		assertThat(form.select("h1").text()).contains("Petra Participant");
		assertThat(form.select("input[type=radio]")).hasSize(2 * 5);

		long firstCompetency = profile.clusters().get(0).competencies().get(0).id();
		MvcResult incomplete = mvc.perform(post(link).with(csrf()).param("level-" + firstCompetency, "3")).andReturn();
		assertThat(incomplete.getResponse().getStatus()).as("not every competency rated").isEqualTo(422);
		var again = Jsoup.parse(incomplete.getResponse().getContentAsString());
		assertThat(again.select(".error-summary").text()).isNotBlank();
		assertThat(again.select("input[name=level-" + firstCompetency + "][checked]").attr("value"))
			.as("the level chosen is kept")
			.isEqualTo("3");

		var answer = post(link).with(csrf());
		profile.clusters().forEach(c -> c.competencies().forEach(k -> answer.param("level-" + k.id(), "4")));
		MvcResult thanks = mvc.perform(answer).andReturn();
		assertThat(thanks.getResponse().getStatus()).isEqualTo(200);
		assertThat(thanks.getResponse().getContentAsString()).contains("is saved");

		MvcResult used = mvc.perform(get(link)).andReturn();
		assertThat(used.getResponse().getStatus()).isEqualTo(410);
		assertThat(used.getResponse().getContentAsString()).contains("already been used");
		assertThat(mvc.perform(answer).andReturn().getResponse().getStatus()).isEqualTo(410);
		assertThat(jdbc.queryForObject("""
				select count(*) from feedback_rating r join feedback_invitation i on i.id = r.invitation_id
				where i.assessment_id = ?""", Long.class, id)).isEqualTo(2);
	}

	@Test
	void anExpiredOrWithdrawnLinkNoLongerOpensTheForm() throws Exception {
		var profile = fixtures.profile(2);
		long id = fixtures.submitted(participant.id(), profile, null, k -> new int[] { 2, 3 });
		var expired = measurements.invite(id, participant.id(), Relation.PEER, "Peter Peer", "peter@example.org", "en");
		var withdrawn = measurements.invite(id, participant.id(), Relation.PEER, "Wim Peer", "wim@example.org", "en");
		jdbc.update("update feedback_invitation set expires_at = now() - interval '1 minute' where id = ?",
				expired.invitationId());

		MvcResult late = mvc.perform(get(expired.link())).andReturn();
		assertThat(late.getResponse().getStatus()).isEqualTo(410);
		assertThat(late.getResponse().getContentAsString()).contains("This link has expired");
		var answer = post(expired.link()).with(csrf());
		profile.clusters().forEach(c -> c.competencies().forEach(k -> answer.param("level-" + k.id(), "4")));
		assertThat(mvc.perform(answer).andReturn().getResponse().getStatus()).isEqualTo(410);

		perform(post("/my/measurements/" + id + "/feedback/withdraw").param("invitation",
				Long.toString(withdrawn.invitationId())));
		MvcResult gone = mvc.perform(get(withdrawn.link())).andReturn();
		assertThat(gone.getResponse().getStatus()).isEqualTo(410);
		assertThat(gone.getResponse().getContentAsString()).contains("withdrawn");
		assertThat(jdbc.queryForObject(
				"select count(*) from feedback_rating r join feedback_invitation i on i.id = r.invitation_id where i.assessment_id = ?",
				Long.class, id))
			.isZero();
	}

	@Test
	void colleaguesRatingsShowOnlyOnceTwoColleaguesAnswered() throws Exception {
		var profile = fixtures.profile(2);
		long id = fixtures.submitted(participant.id(), profile, null, k -> new int[] { 2, 3 });
		fixtures.feedback(id, participant.id(), profile, Relation.MANAGER, 4);
		fixtures.feedback(id, participant.id(), profile, Relation.PEER, 1);

		var page = html(get("/my/measurements/" + id + "/results"));
		assertThat(page.select("table.results-table thead th").eachText()).contains("Manager")
			.doesNotContain("Colleagues (average)");
		assertThat(page.select("table.results-table tbody tr").first().select("td.num").eachText()).contains("4.0")
			.doesNotContain("1.0");
		assertThat(page.text()).contains("1 colleague has answered");

		fixtures.feedback(id, participant.id(), profile, Relation.PEER, 2);
		page = html(get("/my/measurements/" + id + "/results"));
		assertThat(page.select("table.results-table thead th").eachText()).contains("Manager", "Colleagues (average)");
		assertThat(page.select("table.results-table tbody tr").first().select("td.num").eachText()).contains("4.0",
				"1.5");
		assertThat(page.select("svg.radar-chart polygon.radar-others")).hasSize(1);
	}

	@Test
	void suggestionsComeFromTheCompetenciesWithTheHighestPotential() throws Exception {
		var ikc = profiles.publishedVersions(Locale.forLanguageTag("nl"))
			.stream()
			.filter(o -> o.name().startsWith("Directeur IKC"))
			.findFirst()
			.orElseThrow();
		var profile = profiles.findVersion(ikc.versionId(), Locale.forLanguageTag("nl")).orElseThrow();
		long programme = programmes
			.create(new ProgrammeDetails("suggest-" + DevelopmentFixtures.unique(), "Suggestion test", "Summary", "nl",
					ProgrammeFormat.MASTERCLASS, Set.of(CareerPhase.ESTABLISHED), Set.of(Sector.PRIMARY), "Who", "Why",
					"What", "Goals", "Before", 0, "EUR", null, null, null, false, ikc.profileId()));
		programmes.addModule(programme, ModuleType.THEME_DAY, "Ouderavond over ouderbetrokkenheid", BigDecimal.ONE, "");
		programmes.addModule(programme, ModuleType.MASTERCLASS, "Masterclass innoveren met lef", BigDecimal.ONE, "");
		programmes.addModule(programme, ModuleType.THEME_DAY, "Werkbezoek bij ketenpartners", BigDecimal.ONE, "");
		programmes.addModule(programme, ModuleType.COACHING_SESSION, "Coachgesprek", BigDecimal.ONE, "");
		// potential 10, 8 and 5; every other competency at its target
		Map<String, int[]> answers = Map.of("Ouderbetrokkenheid", new int[] { 1, 5 }, "Innoveren", new int[] { 2, 4 },
				"Visiegericht leidinggeven", new int[] { 3, 5 });
		long id = fixtures.submitted(participant.id(), profile, programme,
				k -> answers.getOrDefault(k.name(), new int[] { k.targetLevel(), 5 }));

		var suggested = results.of(measurements.own(id, participant.id()), Locale.ENGLISH, true).suggestions();

		assertThat(suggested.competencies()).extracting(c -> c.row().name())
			.containsExactly("Ouderbetrokkenheid", "Innoveren", "Visiegericht leidinggeven");
		assertThat(suggested.competencies().get(0).modules()).extracting(m -> m.moduleTitle())
			.containsExactly("Ouderavond over ouderbetrokkenheid", "Coachgesprek");
		assertThat(suggested.competencies().get(1).modules()).extracting(m -> m.moduleTitle())
			.containsExactly("Masterclass innoveren met lef", "Coachgesprek");
		assertThat(suggested.competencies().get(2).modules()).extracting(m -> m.moduleTitle())
			.containsExactly("Coachgesprek");
		assertThat(suggested.competencies()).flatExtracting(c -> c.modules())
			.extracting(m -> m.moduleTitle())
			.doesNotContain("Werkbezoek bij ketenpartners");

		var page = html(get("/my/measurements/" + id + "/results"));
		long parents = profile.clusters()
			.stream()
			.flatMap(c -> c.competencies().stream())
			.filter(k -> k.name().equals("Ouderbetrokkenheid"))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(page.select("#suggestions a.make-goal").first().attr("href"))
			.isEqualTo("/my/plan/goals/new?competency=" + parents);
		assertThat(page.select("#suggestions").text()).contains("Masterclass innoveren met lef");
	}

	@Test
	void twoMeasurementsOfTheSameProfileShowTheGrowthPerCompetency() throws Exception {
		var profile = fixtures.profile(2);
		long before = fixtures.submitted(participant.id(), profile, null, k -> new int[] { 1, 4 });
		long after = fixtures.submitted(participant.id(), profile, null, k -> new int[] { 3, 4 });

		var page = html(get("/my/measurements/" + after + "/compare/" + before));

		assertThat(page.select("table.growth-table tbody tr")).hasSize(2);
		assertThat(page.select("table.growth-table tbody tr").first().select("td.growth").text())
			.isEqualTo("+2 levels");
		assertThat(html(get("/my/measurements/" + before + "/compare/" + after)).select("td.growth").first().text())
			.isEqualTo("+2 levels");
	}

	@Test
	void measurementsCountAsUsagesOfTheirProfileVersion() {
		var profile = fixtures.profile(1);
		long usagesBefore = profiles.usagesOf(profile.id());

		measurements.start(participant.id(), profile.id(), null);

		assertThat(profiles.usagesOf(profile.id())).isEqualTo(usagesBefore + 1);
	}

	private long start(ProfileVersionView profile) throws Exception {
		String location = perform(post("/my/measurements").param("profileVersionId", Long.toString(profile.id())))
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/my/measurements/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(fixtures.as(participant)).with(csrf())).andReturn();
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = perform(request);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(page(request));
	}

}
