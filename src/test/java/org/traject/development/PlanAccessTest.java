package org.traject.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;

/**
 * A plan and what hangs off it are seen by their owner and by the people it is shared
 * with right now, nobody else.
 */
class PlanAccessTest extends DevelopmentIntegrationTest {

	People.PersonView owner;

	long goal;

	long planId;

	@BeforeEach
	void setUp() throws Exception {
		owner = fixtures.person("Olga Owner", Role.PARTICIPANT);
		var profile = fixtures.profile(2);
		fixtures.submitted(owner.id(), profile, null, k -> new int[] { 2, 4 });
		goal = plans.addGoal(owner.id(), new GoalDetails("Lead the change", "Step by step", "Team notices", null),
				List.of(profile.clusters().get(0).competencies().get(0).id()));
		plans.addAction(owner.id(), goal, ActionType.READING, "Read a book", LocalDate.now().plusDays(10));
		planId = plans.planOf(owner.id()).orElseThrow();
	}

	@Test
	void anotherParticipantFindsNeitherThePlanNorItsGoalsNorItsFiles() throws Exception {
		long file = upload("notes.pdf", "application/pdf", "%PDF-1.4 test".getBytes(StandardCharsets.UTF_8));
		var other = fixtures.person("Otto Other", Role.PARTICIPANT);

		for (String path : new String[] { "/my/plan/goals/" + goal, "/my/evidence/" + file,
				"/my/shared/plans/" + planId }) {
			assertThat(status(get(path).with(fixtures.as(other)))).as(path).isEqualTo(404);
		}
		assertThat(status(post("/my/plan/goals/" + goal).param("title", "Hijacked")
			.param("version", "0")
			.with(fixtures.as(other))
			.with(csrf()))).isEqualTo(404);
		assertThat(status(post("/my/plan/goals/" + goal + "/actions").param("actionType", "OTHER")
			.param("actionDescription", "Sneaky")
			.with(fixtures.as(other))
			.with(csrf()))).isEqualTo(404);
		// their own plan page shows nothing of the owner's
		assertThat(body(get("/my/plan").with(fixtures.as(other)))).doesNotContain("Lead the change");
		assertThat(jdbc.queryForObject("select title from plan_goal where id = ?", String.class, goal))
			.isEqualTo("Lead the change");
	}

	@Test
	void aCoachSeesOnlyThePlansSharedWithThem() throws Exception {
		var coach = fixtures.person("Carla Coach", Role.COACH);
		var otherCoach = fixtures.person("Kees Coach", Role.COACH);
		plans.shareWithCoach(owner.id(), coach.id());

		assertThat(status(get("/coach/plans/" + planId).with(fixtures.as(coach)))).isEqualTo(200);
		assertThat(body(get("/coach").with(fixtures.as(coach)))).contains("Olga Owner");
		assertThat(status(get("/coach/plans/" + planId).with(fixtures.as(otherCoach)))).isEqualTo(404);
		assertThat(body(get("/coach").with(fixtures.as(otherCoach)))).doesNotContain("Olga Owner");
		assertThat(status(post("/coach/plans/" + planId + "/goals/" + goal + "/comments").param("text", "Hello")
			.with(fixtures.as(otherCoach))
			.with(csrf()))).isEqualTo(404);
		// an administrator is no exception
		assertThat(status(
				get("/coach/plans/" + planId).with(fixtures.as(people.findByEmail(DemoUsers.ADMIN).orElseThrow()))))
			.isEqualTo(404);
	}

	@Test
	void aRevokedShareTakesEffectAtOnce() throws Exception {
		var coach = fixtures.person("Carla Coach", Role.COACH);
		var manager = fixtures.person("Mark Manager", Role.PARTICIPANT);
		long file = upload("notes.pdf", "application/pdf", "%PDF-1.4 test".getBytes(StandardCharsets.UTF_8));
		perform(post("/my/plan/sharing/coach").param("coachId", Long.toString(coach.id())));
		perform(post("/my/plan/sharing/manager").param("managerEmail", manager.email().toUpperCase())
			.param("managerName", "Mark"));
		assertThat(status(get("/coach/plans/" + planId).with(fixtures.as(coach)))).isEqualTo(200);
		assertThat(status(get("/my/evidence/" + file).with(fixtures.as(coach)))).isEqualTo(200);
		assertThat(status(get("/my/shared/plans/" + planId).with(fixtures.as(manager)))).isEqualTo(200);
		assertThat(body(get("/my").with(fixtures.as(manager)))).contains("Olga Owner");

		for (Long share : jdbc.queryForList("select id from plan_share where plan_id = ?", Long.class, planId)) {
			perform(post("/my/plan/sharing/revoke").param("share", Long.toString(share)));
		}

		assertThat(status(get("/coach/plans/" + planId).with(fixtures.as(coach)))).isEqualTo(404);
		assertThat(status(get("/my/evidence/" + file).with(fixtures.as(coach)))).isEqualTo(404);
		assertThat(status(post("/coach/plans/" + planId + "/goals/" + goal + "/comments").param("text", "Late")
			.with(fixtures.as(coach))
			.with(csrf()))).isEqualTo(404);
		assertThat(status(get("/my/shared/plans/" + planId).with(fixtures.as(manager)))).isEqualTo(404);
		assertThat(body(get("/my").with(fixtures.as(manager)))).doesNotContain("Olga Owner");
	}

	@Test
	void aManagerReadsTheSharedPlanButNotTheCoachingNotes() throws Exception {
		var coach = fixtures.person("Carla Coach", Role.COACH);
		var otherCoach = fixtures.person("Kees Coach", Role.COACH);
		var manager = fixtures.person("Mark Manager", Role.PARTICIPANT);
		plans.shareWithCoach(owner.id(), coach.id());
		plans.shareWithCoach(owner.id(), otherCoach.id());
		plans.shareWithManager(owner.id(), manager.email(), "Mark");
		mvc.perform(post("/coach/plans/" + planId + "/sessions").param("heldOn", LocalDate.now().toString())
			.param("notes", "Confidential reflection")
			.with(fixtures.as(coach))
			.with(csrf()));

		assertThat(body(get("/my/shared/plans/" + planId).with(fixtures.as(manager)))).contains("Lead the change")
			.contains("Read a book")
			.doesNotContain("Confidential reflection");
		assertThat(body(get("/coach/plans/" + planId).with(fixtures.as(otherCoach))))
			.doesNotContain("Confidential reflection");
		assertThat(body(get("/coach/plans/" + planId).with(fixtures.as(coach)))).contains("Confidential reflection");
		assertThat(body(get("/my/plan").with(fixtures.as(owner)))).contains("Confidential reflection");
	}

	@Test
	void aCoachCommentsAndTheParticipantSeesIt() throws Exception {
		var coach = fixtures.person("Carla Coach", Role.COACH);
		plans.shareWithCoach(owner.id(), coach.id());
		long seen = goalVersion();

		MvcResult commented = mvc
			.perform(post("/coach/plans/" + planId + "/goals/" + goal + "/comments").param("text", "Try a pilot first.")
				.with(fixtures.as(coach))
				.with(csrf()))
			.andReturn();
		assertThat(commented.getResponse().getRedirectedUrl()).isEqualTo("/coach/plans/" + planId + "#goal-" + goal);

		assertThat(body(get("/my/plan/goals/" + goal).with(fixtures.as(owner)))).contains("Try a pilot first.")
			.contains("Carla Coach");
		// the comment did not touch the goal: the participant's open edit form is still
		// current
		MvcResult edited = perform(post("/my/plan/goals/" + goal).param("title", "Lead the change, with a pilot")
			.param("version", Long.toString(seen)));
		assertThat(edited.getResponse().getRedirectedUrl()).isEqualTo("/my/plan/goals/" + goal);
	}

	@Test
	void anEditFromAStaleTabIsRefusedAndNothingIsLost() throws Exception {
		long seen = goalVersion();
		perform(post("/my/plan/goals/" + goal).param("title", "First tab").param("version", Long.toString(seen)));

		MvcResult stale = perform(
				post("/my/plan/goals/" + goal).param("title", "Second tab").param("version", Long.toString(seen)));

		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(jdbc.queryForObject("select title from plan_goal where id = ?", String.class, goal))
			.isEqualTo("First tab");
		long action = jdbc.queryForObject("select id from plan_action where goal_id = ?", Long.class, goal);
		perform(post("/my/plan/goals/" + goal + "/actions/" + action).param("version", "0").param("status", "DONE"));
		assertThat(perform(
				post("/my/plan/goals/" + goal + "/actions/" + action).param("version", "0").param("status", "PLANNED"))
			.getResponse()
			.getStatus()).isEqualTo(409);
		assertThat(jdbc.queryForObject("select status from plan_action where id = ?", String.class, action))
			.isEqualTo("DONE");
	}

	@Test
	void evidenceFilesAreServedAsAttachmentsAndOnlyAllowedKindsAreAccepted() throws Exception {
		long file = upload("Reflectie juni.pdf", "application/pdf", "%PDF-1.4 test".getBytes(StandardCharsets.UTF_8));
		MvcResult download = perform(get("/my/evidence/" + file));
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("Reflectie");
		assertThat(download.getResponse().getContentAsByteArray()).startsWith("%PDF".getBytes(StandardCharsets.UTF_8));

		long before = jdbc.queryForObject("select count(*) from plan_evidence where goal_id = ?", Long.class, goal);
		MvcResult refused = perform(multipart("/my/plan/goals/" + goal + "/evidence")
			.file(new MockMultipartFile("file", "page.html", "text/html", "<script>alert(1)</script>".getBytes()))
			.param("entryDate", LocalDate.now().toString())
			.param("text", "A web page"));
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString()).contains("This kind of file cannot be attached");
		assertThat(jdbc.queryForObject("select count(*) from plan_evidence where goal_id = ?", Long.class, goal))
			.isEqualTo(before);
	}

	@Test
	void thePlanDownloadsAsAPdf() throws Exception {
		MvcResult pdf = perform(get("/my/plan/pdf"));

		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF-");
	}

	@Test
	void aGoalCanBeStartedFromASuggestedCompetency() throws Exception {
		long competency = jdbc.queryForObject("select competency_id from plan_goal_competency where goal_id = ?",
				Long.class, goal);
		var form = Jsoup.parse(body(get("/my/plan/goals/new?competency=" + competency).with(fixtures.as(owner))));

		assertThat(form.getElementById("competency-" + competency).hasAttr("checked")).isTrue();
	}

	private long goalVersion() {
		return jdbc.queryForObject("select version from plan_goal where id = ?", Long.class, goal);
	}

	private long upload(String name, String type, byte[] content) throws Exception {
		MvcResult result = perform(multipart("/my/plan/goals/" + goal + "/evidence")
			.file(new MockMultipartFile("file", name, type, content))
			.param("entryDate", LocalDate.now().toString())
			.param("text", "Evidence " + name));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my/plan/goals/" + goal + "#evidence");
		return jdbc.queryForObject("select max(id) from plan_evidence where goal_id = ?", Long.class, goal);
	}

	private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(fixtures.as(owner)).with(csrf())).andReturn();
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
