package org.traject.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.competencies.CompetencyProfiles;
import org.traject.delivery.DeliveryFixtures;
import org.traject.delivery.internal.Attendance;
import org.traject.delivery.AttendanceStatus;
import org.traject.delivery.internal.CompletionOutcome;
import org.traject.delivery.internal.Completions;
import org.traject.development.internal.Answers;
import org.traject.development.GoalDetails;
import org.traject.development.internal.Measurements;
import org.traject.development.internal.Plans;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.privacy.internal.Erasures;
import org.traject.privacy.internal.ExportJob;
import org.traject.privacy.internal.RetentionJob;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's copy of their data holds every part and nothing of anyone else; erasure
 * leaves no trace of their name or address in any text column while the reports count the
 * same.
 */
@IntegrationTest
class PrivacyIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Autowired
	Erasures erasures;

	@Autowired
	CohortEditing cohorts;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	Catalogue catalogue;

	@Autowired
	EnrolmentAdministration enrolments;

	@Autowired
	Attendance attendance;

	@Autowired
	Completions completions;

	@Autowired
	Plans plans;

	@Autowired
	Measurements measurements;

	@Autowired
	CompetencyProfiles profiles;

	@Autowired
	ExportJob exportJob;

	@Autowired
	Statements statements;

	@Autowired
	RetentionJob retention;

	DeliveryFixtures fixtures;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void fixtures() {
		fixtures = new DeliveryFixtures(cohorts, programmes, catalogue, enrolments, people);
	}

	@Test
	void theDemoParticipantsCopyHoldsEveryPartAndNothingOfAnotherParticipant() throws Exception {
		var participant = (CurrentUser) users.loadUserByUsername(DemoUsers.PARTICIPANT);
		long copy = askForACopyAndWaitUntilReady(participant);
		var response = mvc.perform(get("/my/privacy/exports/" + copy).with(user(participant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("application/zip");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".zip");
		Map<String, byte[]> zip = unzip(response.getContentAsByteArray());

		assertThat(zip).containsKeys("index.html", "account.json", "organisations.json", "enrolments.json",
				"development.json", "learning-record.json", "coaching.json", "emails.json", "competency-profiles.json");
		JsonNode account = json.readTree(zip.get("account.json"));
		assertThat(account.get("email").asString()).isEqualTo(DemoUsers.PARTICIPANT);
		assertThat(account.get("data_exports").isEmpty()).as("the copy being made").isFalse();
		assertThat(account.has("statements_shown")).isTrue();
		assertThat(json.readTree(zip.get("organisations.json")).get("memberships").isEmpty()).isFalse();
		assertThat(account.has("organisation")).isTrue();
		JsonNode enrolmentPart = json.readTree(zip.get("enrolments.json"));
		assertThat(enrolmentPart.get("enrolments").isEmpty()).isFalse();
		assertThat(enrolmentPart.get("enrolments").get(0).get("history").isEmpty()).isFalse();
		assertThat(enrolmentPart.has("interest_registrations")).isTrue();
		JsonNode development = json.readTree(zip.get("development.json"));
		// the demo measurement with feedback; tests that ran before may have started
		// others
		JsonNode measurement = development.get("measurements")
			.valueStream()
			.filter(m -> !m.get("feedback_invitations").isEmpty())
			.findFirst()
			.orElseThrow();
		assertThat(measurement.get("answers").isEmpty()).isFalse();
		assertThat(measurement.get("answers").get(0).has("manager_level")).isTrue();
		assertThat(measurement.get("feedback_invitations").isEmpty()).isFalse();
		JsonNode plan = development.get("development_plan");
		JsonNode goal = plan.get("goals").get(0);
		assertThat(goal.has("actions")).isTrue();
		assertThat(goal.has("comments")).isTrue();
		assertThat(plan.has("coaching_sessions")).isTrue();
		assertThat(plan.get("shared_with").isEmpty()).isFalse();
		assertThat(zip.keySet()).anyMatch(name -> name.startsWith("development/evidence-"));
		JsonNode record = json.readTree(zip.get("learning-record.json"));
		for (String key : List.of("attendance", "module_results", "completions", "awards", "career_outcomes")) {
			assertThat(record.has(key)).as(key).isTrue();
		}
		// the demo participant completed the IKC track: attended, completed, certified
		for (String key : List.of("attendance", "completions", "awards")) {
			assertThat(record.get(key).isEmpty()).as(key).isFalse();
		}
		assertThat(record.get("awards").get(0).get("certificate_number").asString()).isNotBlank();
		assertThat(plan.has("looked_at_by")).isTrue();
		assertThat(json.readTree(zip.get("emails.json")).has("emails")).isTrue();
		String index = new String(zip.get("index.html"), StandardCharsets.UTF_8);
		assertThat(index).contains("enrolments.json").contains(participant.displayName());

		// peers who gave feedback stay anonymous, as on the results page (the manager is
		// known anyway: the participant named them for the enrolment's approval)
		String everything = allText(zip);
		var peers = jdbc.sql("""
				select name from feedback_invitation i join assessment a on a.id = i.assessment_id
				where a.person_id = :id and i.relation = 'PEER' union select email from feedback_invitation i
				join assessment a on a.id = i.assessment_id where a.person_id = :id and i.relation = 'PEER'""")
			.param("id", participant.personId())
			.query(String.class)
			.list();
		assertThat(peers).isNotEmpty();
		for (String other : peers) {
			assertThat(everything).as("a peer who gave feedback").doesNotContain(other);
		}
		// nothing of another participant
		var others = jdbc.sql("""
				select p.email, p.display_name from person p
				where p.id <> :id and not exists (select 1 from person_role r where r.person_id = p.id
				                                  and r.role <> 'PARTICIPANT')
				  -- whom the participant named themselves: the manager who approves, whom they share with
				  and p.email not in (select manager_email from enrolment where person_id = :id
				                      and manager_email is not null
				                      union select s.email from plan_share s
				                      join development_plan d on d.id = s.plan_id where d.person_id = :id)""")
			.param("id", participant.personId())
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
			.list();
		assertThat(others).isNotEmpty();
		for (var other : others) {
			assertThat(everything).as("another participant's address").doesNotContain(other.get(0));
			// a full name; a one-word name other tests give ("Someone") is also an
			// ordinary word
			if (other.get(1).contains(" ")) {
				assertThat(everything).as("another participant's name").doesNotContain(other.get(1));
			}
		}
		assertThat(jdbc.sql("""
				select count(*) from privacy_log where subject_person_id = :id and action = 'EXPORTED'""")
			.param("id", participant.personId())
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void aCopyIsBuiltInTheBackgroundEmailedAsALinkAndServedOnlyToItsOwnPersonUntilItExpires() throws Exception {
		String token = UUID.randomUUID().toString().substring(0, 8);
		var cohort = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 1);
		var owner = fixtures.enrol(cohort.id(), "Petra Copy " + token);
		var stranger = fixtures.enrol(cohort.id(), "Sam Stranger " + token);
		var ownerUser = (CurrentUser) users.loadUserByUsername(owner.email());
		var strangerUser = (CurrentUser) users.loadUserByUsername(stranger.email());

		// while the job is busy elsewhere (another instance holds its lock), the copy
		// waits:
		// the page says so and offers no second request, and asking twice queues one copy
		jdbc.sql("""
				insert into shedlock (name, lock_until, locked_at, locked_by)
				values ('privacy-data-export', now() + interval '10 minutes', now(), 'the-other-instance')
				on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by""")
			.update();
		try {
			for (int i = 0; i < 2; i++) {
				mvc.perform(post("/my/privacy/export").with(csrf()).with(user(ownerUser)))
					.andExpect(status().is3xxRedirection());
			}
			String waiting = mvc.perform(get("/my/privacy").with(user(ownerUser)).locale(Locale.ENGLISH))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(waiting).contains("id=\"export-queued\"").doesNotContain("id=\"export-form\"");
			assertThat(jdbc.sql("select status from data_export where person_id = :id")
				.param("id", owner.personId())
				.query(String.class)
				.list()).containsExactly("QUEUED");
		}
		finally {
			jdbc.sql("update shedlock set lock_until = now() where name = 'privacy-data-export'").update();
		}
		long copy = askForACopyAndWaitUntilReady(ownerUser);
		assertThat(jdbc.sql("select count(*) from data_export where person_id = :id")
			.param("id", owner.personId())
			.query(Integer.class)
			.single()).isEqualTo(1);

		String page = mvc.perform(get("/my/privacy").with(user(ownerUser)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/my/privacy/exports/" + copy).contains("is ready");
		// the email links to the download page, never carries the copy
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("select count(*) from outgoing_email where recipient = :to")
				.param("to", owner.email())
				.query(Integer.class)
				.single() > 0);
		var email = jdbc.sql("""
				select text_body, attachment is null as no_attachment from outgoing_email
				where recipient = :to and kind = 'data-export-ready'""").param("to", owner.email()).query().singleRow();
		assertThat((String) email.get("text_body")).contains("/my/privacy/exports/" + copy);
		assertThat(email.get("no_attachment")).isEqualTo(true);

		mvc.perform(get("/my/privacy/exports/" + copy).with(user(strangerUser))).andExpect(status().isNotFound());
		mvc.perform(get("/my/privacy/exports/" + copy)).andExpect(status().is3xxRedirection());
		assertThat(unzip(mvc.perform(get("/my/privacy/exports/" + copy).with(user(ownerUser)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray())).containsKey("account.json");

		// after 7 days the copy is gone: not offered, not served, deleted by retention
		jdbc.sql("update data_export set expires_at = now() - interval '1 minute' where id = :id")
			.param("id", copy)
			.update();
		mvc.perform(get("/my/privacy/exports/" + copy).with(user(ownerUser))).andExpect(status().isNotFound());
		retention.run();
		assertThat(jdbc.sql("select count(*) from data_export where id = :id")
			.param("id", copy)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void erasureLeavesNoTraceOfNameOrAddressWhileReportsCountTheSame() throws Exception {
		String token = UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
		var cohort = fixtures.pastCohort(DeliveryFixtures.IKC_TRACK, 3);
		var zora = fixtures.enrol(cohort.id(), "Zora Erasable " + token);
		var other = fixtures.enrol(cohort.id(), "Otto Staying " + token);
		for (int s = 0; s < 3; s++) {
			attendance.record(cohort.id(), cohort.sessions().get(s), zora.enrolmentId(),
					s == 2 ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT,
					s == 2 ? "Zora Erasable " + token + " was ill" : null, zora.personId());
			attendance.record(cohort.id(), cohort.sessions().get(s), other.enrolmentId(), AttendanceStatus.PRESENT,
					null, other.personId());
		}
		var award = completions.decide(cohort.id(), zora.enrolmentId(), CompletionOutcome.COMPLETED,
				"Well done, Zora Erasable " + token, null);
		assertThat(award).isNotNull();
		long goal = plans.addGoal(zora.personId(),
				new GoalDetails("Lead like " + zora.name(), "Reach " + zora.email(), null, LocalDate.now()), List.of());
		plans.addEvidence(zora.personId(), goal, LocalDate.now(), "Notes by " + zora.name(),
				new Plans.Upload("notes.txt", "text/plain", zora.name().getBytes(StandardCharsets.UTF_8)));
		plans.shareWithManager(zora.personId(), "boss-" + token + "@example.org", "Boss " + token);
		var version = profiles.publishedVersions(Locale.ENGLISH).get(0);
		long assessment = measurements.start(zora.personId(), version.versionId(), null);
		long competency = profiles.findVersion(version.versionId(), Locale.ENGLISH)
			.orElseThrow()
			.clusters()
			.get(0)
			.competencies()
			.get(0)
			.id();
		measurements.saveAnswers(assessment, zora.personId(),
				List.of(new Answers.Answer(competency, 3, 4, "I, " + zora.name() + ", think so")));
		jdbc.sql("""
				insert into outgoing_email (event_id, kind, recipient, language, subject, html_body, text_body)
				values (:id, 'test', :to, 'en', 'Hello', :body, :body)""")
			.param("id", "privacy-" + token)
			.param("to", zora.email())
			.param("body", "Dear " + zora.name())
			.update();
		// a copy of her data waits, her manager looked at her plan, her sign-up saw a
		// privacy statement
		var zoraUser = (CurrentUser) users.loadUserByUsername(zora.email());
		askForACopyAndWaitUntilReady(zoraUser);
		var manager = fixtures.enrol(cohort.id(), "Mandy Manager " + token);
		plans.shareWithManager(zora.personId(), manager.email(), "Mandy");
		long zoraPlan = plans.planOf(zora.personId()).orElseThrow();
		mvc.perform(
				get("/my/shared/plans/" + zoraPlan).with(user((CurrentUser) users.loadUserByUsername(manager.email()))))
			.andExpect(status().isOk());
		assertThat(planViews(zoraPlan)).isEqualTo(1);
		statements.recordSeen(zora.personId(), Statements.PRIVACY, Locale.ENGLISH, "0", Statements.Context.SIGN_UP);
		var reportsBefore = reportFigures(cohort.id());
		var user = (CurrentUser) users.loadUserByUsername(zora.email());

		mvc.perform(post("/my/privacy/erasure").param("understood", "true").with(csrf()).with(user(user)))
			.andExpect(status().is3xxRedirection());
		long request = jdbc.sql("select id from privacy_request where person_id = :id and status = 'PENDING'")
			.param("id", zora.personId())
			.query(Long.class)
			.single();
		var admin = (CurrentUser) users.loadUserByUsername(DemoUsers.ADMIN);
		String desk = mvc.perform(get("/admin/privacy").with(user(admin)).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(desk).contains(zora.name()).contains(award.certificateNumber());
		mvc.perform(post("/admin/privacy/requests/" + request + "/confirm").with(csrf()).with(user(admin)))
			.andExpect(status().is3xxRedirection());

		assertThat(columnsContaining(zora.name())).isEmpty();
		for (String table : List.of("data_export", "statement_seen", "inactivity_warning")) {
			assertThat(jdbc.sql("select count(*) from " + table + " where person_id = :id")
				.param("id", zora.personId())
				.query(Integer.class)
				.single()).as(table).isZero();
		}
		assertThat(planViews(zoraPlan)).isZero();
		assertThat(columnsContaining(zora.email())).isEmpty();
		assertThat(columnsContaining("Erasable " + token)).isEmpty();
		assertThat(columnsContaining(other.name())).as("another person's data stays").isNotEmpty();
		assertThat(reportFigures(cohort.id())).isEqualTo(reportsBefore);
		assertThat(jdbc
			.sql("select count(*) from plan_evidence_file f join plan_evidence e on e.id = f.evidence_id "
					+ "join plan_goal g on g.id = e.goal_id where g.id = :goal")
			.param("goal", goal)
			.query(Integer.class)
			.single()).isZero();

		// cannot sign in; the address can be used again; the certificate is still
		// verifiable
		assertThatThrownBy(() -> users.loadUserByUsername(zora.email())).isInstanceOf(UsernameNotFoundException.class);
		assertThat(people.findById(zora.personId()).orElseThrow().email()).doesNotContain(token);
		people.registerParticipant(new People.NewParticipant(zora.email(), "Someone New", null, null, Locale.ENGLISH));
		String check = mvc.perform(get("/certificates/" + award.certificateNumber()).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(check).contains(award.certificateNumber()).doesNotContain(zora.name());
		assertThat(jdbc.sql("""
				select action from privacy_log where subject_person_id = :id order by id""")
			.param("id", zora.personId())
			.query(String.class)
			.list()).containsExactly("EXPORTED", "ERASURE_REQUESTED", "ERASED");
	}

	/**
	 * Asks for a copy as the person would, lets the export job build it (the scheduled
	 * run may take it first: either way it becomes ready) and answers its id.
	 */
	private long askForACopyAndWaitUntilReady(CurrentUser person) throws Exception {
		mvc.perform(post("/my/privacy/export").with(csrf()).with(user(person))).andExpect(status().is3xxRedirection());
		long copy = jdbc.sql("select max(id) from data_export where person_id = :id")
			.param("id", person.personId())
			.query(Long.class)
			.single();
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			exportJob.run();
			return "READY".equals(jdbc.sql("select status from data_export where id = :id")
				.param("id", copy)
				.query(String.class)
				.single());
		});
		return copy;
	}

	private int planViews(long planId) {
		return jdbc.sql("select count(*) from plan_view where plan_id = :plan")
			.param("plan", planId)
			.query(Integer.class)
			.single();
	}

	/** Every text column of every table that contains the text: "table.column". */
	private List<String> columnsContaining(String text) {
		var columns = jdbc.sql("""
				select c.table_name, c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				  and c.data_type in ('text', 'character varying', 'character')
				order by 1, 2""").query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list();
		List<String> found = new ArrayList<>();
		for (var column : columns) {
			String sql = "select count(*) from \"" + column.get(0) + "\" where strpos(lower(\"" + column.get(1)
					+ "\"), lower(:text)) > 0";
			if (jdbc.sql(sql).param("text", text).query(Long.class).single() > 0) {
				found.add(column.get(0) + "." + column.get(1));
			}
		}
		return found;
	}

	/** What the reports read for the cohort, through the published report views. */
	private Map<String, Object> reportFigures(long cohortId) {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("enrolments", jdbc.sql("""
				select status, count(*) from enrolment_report where cohort_id = :c group by status order by status""")
			.param("c", cohortId)
			.query()
			.listOfRows());
		figures.put("history", jdbc.sql("""
				select change, status, actor_role, count(*) from enrolment_history_report where cohort_id = :c
				group by 1, 2, 3 order by 1, 2, 3""").param("c", cohortId).query().listOfRows());
		figures.put("attendance", jdbc.sql("""
				select status, count(*) from attendance_report where cohort_id = :c group by status order by status""")
			.param("c", cohortId)
			.query()
			.listOfRows());
		figures.put("completions", jdbc
			.sql("""
					select outcome, count(*) from completion_report where cohort_id = :c group by outcome order by outcome""")
			.param("c", cohortId)
			.query()
			.listOfRows());
		figures.put("outcomes", jdbc.sql("""
				select kind, count(*) from career_outcome_report where cohort_id = :c group by kind order by kind""")
			.param("c", cohortId)
			.query()
			.listOfRows());
		return figures;
	}

	private static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	private static String allText(Map<String, byte[]> zip) {
		var text = new StringBuilder();
		zip.forEach((name, bytes) -> {
			if (name.endsWith(".json") || name.endsWith(".html")) {
				text.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
			}
		});
		return text.toString();
	}

}
