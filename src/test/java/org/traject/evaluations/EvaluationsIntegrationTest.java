package org.traject.evaluations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.evaluations.internal.EvaluationForms;
import org.traject.evaluations.internal.EvaluationJob;
import org.traject.evaluations.internal.EvaluationResults;
import org.traject.people.Actor;
import org.traject.people.People;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalDataContributor;
import org.traject.test.DemoUsers;
import org.traject.test.MailIntegrationTest;

/**
 * An evaluation goes to the confirmed participants of a cohort once its last session has
 * ended, through a personal link that works once; the answers are counted exactly and
 * never shown with a name; open answers appear from the third response on; one reminder
 * goes to those who have not answered, however many runs there are.
 */
@MailIntegrationTest
class EvaluationsIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	EvaluationJob job;

	@Autowired
	EvaluationResults results;

	@Autowired
	EvaluationForms forms;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PersonalDataContributor> contributors;

	private EvaluationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new EvaluationFixtures(context);
	}

	@Test
	void confirmedParticipantsGetOneLinkEachAfterTheLastSessionAndAnswersAreCountedExactly() throws Exception {
		Instant now = Instant.now();
		long programme = fixtures.programme("en");
		var cohort = fixtures.endedCohort(programme, 4, 3, now);
		var people = List.of(fixtures.enrol(cohort.id(), "Anna Answer"), fixtures.enrol(cohort.id(), "Bert Answer"),
				fixtures.enrol(cohort.id(), "Cleo Answer"), fixtures.enrol(cohort.id(), "Dirk Silent"));
		var waiting = fixtures.enrol(cohort.id(), "Wim Waiting");

		job.runAt(now);
		job.runAt(now);

		long round = fixtures.round(cohort.id());
		for (var p : people) {
			assertThat(fixtures.emails("evaluation-invitation", p.email())).as(p.displayName()).isEqualTo(1);
		}
		assertThat(fixtures.emails("evaluation-invitation", waiting.email())).isZero();
		var form = forms.current(programme, "en");
		var q = form.questions();
		assertThat(q).extracting(EvaluationForms.Question::kind)
			.containsExactly(QuestionKind.SCALE, QuestionKind.SCALE, QuestionKind.SCALE, QuestionKind.CHOICE,
					QuestionKind.TEXT);

		String anna = fixtures.link("evaluation-invitation", people.get(0).email());
		assertThat(mvc.perform(get("/evaluation/" + anna)).andReturn().getResponse().getContentAsString())
			.contains("Overall, how do you rate the programme?")
			.contains("Evaluated programme");
		answer(anna, Map.of(q.get(0), "5", q.get(1), "4", q.get(2), "5", q.get(3), "0", q.get(4), "Keep the days."),
				200);
		answer(fixtures.link("evaluation-invitation", people.get(1).email()),
				Map.of(q.get(0), "3", q.get(1), "4", q.get(2), "4", q.get(3), "1", q.get(4), "Less theory."), 200);

		var two = results.round(round);
		assertThat(two.round().invited()).isEqualTo(4);
		assertThat(two.round().answered()).isEqualTo(2);
		assertThat(two.round().responsePercent()).isEqualTo(50);
		assertThat(two.questions().get(0).mean()).isEqualTo(4.0);
		assertThat(two.questions().get(0).distribution()).extracting(EvaluationResults.ValueCount::count)
			.containsExactly(0, 0, 1, 0, 1);
		assertThat(two.questions().get(3).distribution()).extracting(EvaluationResults.ValueCount::count)
			.containsExactly(1, 1, 0);
		assertThat(two.questions().get(4).textsHidden()).isTrue();
		assertThat(two.questions().get(4).texts()).isEmpty();
		String page = staffPage("/secretary/evaluations/rounds/" + round);
		assertThat(page).contains("2 of 4 answered (50 %)")
			.contains("Mean 4.0 (2 answers)")
			.doesNotContain("Keep the days.")
			.doesNotContain("Anna Answer")
			.doesNotContain("Bert Answer");

		answer(fixtures.link("evaluation-invitation", people.get(2).email()),
				Map.of(q.get(0), "4", q.get(1), "2", q.get(2), "3", q.get(3), "0", q.get(4), ""), 200);
		var three = results.round(round);
		assertThat(three.round().responsePercent()).isEqualTo(75);
		assertThat(three.questions().get(0).mean()).isEqualTo(4.0);
		assertThat(three.questions().get(1).mean()).isEqualTo(10.0 / 3);
		assertThat(three.questions().get(4).textsHidden()).isFalse();
		assertThat(three.questions().get(4).texts()).containsExactly("Keep the days.", "Less theory.");
		assertThat(staffPage("/secretary/evaluations/rounds/" + round)).contains("Mean 3.3 (3 answers)")
			.contains("Keep the days.")
			.contains("<svg")
			.doesNotContain("Cleo Answer");

		String comparison = staffPage("/secretary/evaluations/programmes/" + programme);
		// all nine scale answers: (5+4+5 + 3+4+4 + 4+2+3) / 9 = 3.78
		assertThat(comparison).contains("75 %").contains(">3.8<");
	}

	@Test
	void aSecondAnswerThroughTheSameLinkIsRefusedAndNothingIsCountedTwice() throws Exception {
		Instant now = Instant.now();
		long programme = fixtures.programme("en");
		var cohort = fixtures.endedCohort(programme, 2, 1, now);
		var person = fixtures.enrol(cohort.id(), "Olga Once");
		job.runAt(now);
		var q = forms.current(programme, "en").questions();
		String link = fixtures.link("evaluation-invitation", person.email());
		var answers = Map.of(q.get(0), "2", q.get(1), "2", q.get(2), "2", q.get(3), "2", q.get(4), "Once.");

		answer(link, answers, 200);
		String second = answer(link, answers, 410);

		assertThat(second).contains("You have already answered this evaluation.");
		assertThat(mvc.perform(get("/evaluation/" + link)).andReturn().getResponse().getStatus()).isEqualTo(410);
		var r = results.round(fixtures.round(cohort.id()));
		assertThat(r.round().answered()).isEqualTo(1);
		assertThat(r.questions().get(0).answers()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from evaluation_response where round_id = :r")
			.param("r", fixtures.round(cohort.id()))
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anIncompleteAnswerComesBackBesideItsQuestionWithWhatWasChosen() throws Exception {
		Instant now = Instant.now();
		long programme = fixtures.programme("en");
		var cohort = fixtures.endedCohort(programme, 2, 1, now);
		var person = fixtures.enrol(cohort.id(), "Ivo Incomplete");
		job.runAt(now);
		var q = forms.current(programme, "en").questions();
		String link = fixtures.link("evaluation-invitation", person.email());

		String page = answer(link, Map.of(q.get(0), "4", q.get(1), "9\u0000", q.get(4), "x".repeat(10)), 422);

		assertThat(page).contains("Question 2: choose a number from 1 to 5.")
			.containsPattern("value=\"4\"\\s+checked")
			.contains(">xxxxxxxxxx</textarea>");
		assertThat(results.round(fixtures.round(cohort.id())).round().answered()).isZero();
		assertThat(answer(link,
				Map.of(q.get(0), "4", q.get(1), "4", q.get(2), "4", q.get(3), "0", q.get(4), "y".repeat(4001)), 422))
			.contains("Question 5: write at most 4,000 characters.");
	}

	@Test
	void oneReminderGoesAfterFiveDaysToThoseWhoHaveNotAnsweredEvenWithTwoRunsAtOnce() throws Exception {
		Instant now = Instant.now();
		long programme = fixtures.programme("en");
		var cohort = fixtures.endedCohort(programme, 3, 2, now);
		var answered = fixtures.enrol(cohort.id(), "Ada Answered");
		var silent = fixtures.enrol(cohort.id(), "Sam Silent");
		job.runAt(now);
		var q = forms.current(programme, "en").questions();
		answer(fixtures.link("evaluation-invitation", answered.email()),
				Map.of(q.get(0), "5", q.get(1), "5", q.get(2), "5", q.get(3), "0"), 200);
		long round = fixtures.round(cohort.id());

		fixtures.invitedDaysAgo(round, 4);
		job.runAt(now);
		assertThat(fixtures.emails("evaluation-reminder", silent.email())).isZero();

		fixtures.invitedDaysAgo(round, 2);
		var first = CompletableFuture.supplyAsync(() -> job.runAt(now));
		var second = CompletableFuture.supplyAsync(() -> job.runAt(now));
		first.join();
		second.join();
		job.runAt(now.plusSeconds(3600));

		assertThat(fixtures.emails("evaluation-reminder", silent.email())).isEqualTo(1);
		assertThat(fixtures.emails("evaluation-reminder", answered.email())).isZero();
		String reminderLink = fixtures.link("evaluation-reminder", silent.email());
		assertThat(reminderLink).isNotEqualTo(fixtures.link("evaluation-invitation", silent.email()));
		answer(reminderLink, Map.of(q.get(0), "1", q.get(1), "1", q.get(2), "1", q.get(3), "2"), 200);
		assertThat(answer(fixtures.link("evaluation-invitation", silent.email()), Map.of(q.get(0), "1"), 410))
			.contains("You have already answered");
		assertThat(results.round(round).round().answered()).isEqualTo(2);
	}

	@Test
	void aProgrammeEvaluatedAfterEachSessionGetsARoundPerSessionWithItsOwnQuestions() throws Exception {
		Instant now = Instant.now();
		long programme = fixtures.programme("nl");
		forms.save(programme, "nl", true, List
			.of(new EvaluationForms.QuestionDraft(QuestionKind.SCALE, "Hoe was de dag?", "Slecht", "Goed", List.of())),
				new Actor(Actor.Capacity.SECRETARY, null, "Sanne Secretaris"));
		var cohort = fixtures.endedCohort(programme, 2, 2, now);
		var person = fixtures.enrol(cohort.id(), "Nina Nederland");

		job.runAt(now);

		assertThat(jdbc.sql("select count(*) from evaluation_round where cohort_id = :c and session_id is not null")
			.param("c", cohort.id())
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(fixtures.emails("evaluation-invitation", person.email())).isEqualTo(2);
		String link = fixtures.link("evaluation-invitation", person.email());
		assertThat(mvc.perform(get("/evaluation/" + link).locale(Locale.forLanguageTag("nl")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Hoe was de dag?").contains("1 = Slecht, 5 = Goed");
	}

	@Test
	void erasingAPersonKeepsTheirInvitationCountedButUnnamedAndTheirLinkDead() throws Exception {
		Instant now = Instant.now();
		long programme = fixtures.programme("en");
		var cohort = fixtures.endedCohort(programme, 2, 1, now);
		var person = fixtures.enrol(cohort.id(), "Erik Erased");
		job.runAt(now);
		String link = fixtures.link("evaluation-invitation", person.email());
		var contributor = contributors.stream().filter(c -> c.part().equals("evaluations")).findFirst().orElseThrow();
		var subject = new DataSubject(person.id(), person.email(), person.displayName(), Locale.ENGLISH);
		assertThat(contributor.export(subject).data().get("evaluations_invited_to")).asList().hasSize(1);

		contributor.erase(subject);

		assertThat(contributor.export(subject).data().get("evaluations_invited_to")).asList().isEmpty();
		assertThat(results.round(fixtures.round(cohort.id())).round().invited()).isEqualTo(1);
		assertThat(mvc.perform(get("/evaluation/" + link)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void theFormEditorNamesEachProblemBesideItsQuestionAndSavesANewVersion() throws Exception {
		long programme = fixtures.programme("da");
		var secretary = user(users.loadUserByUsername(DemoUsers.SECRETARY));
		String refused = mvc
			.perform(post("/secretary/evaluations/programmes/" + programme + "/form").with(csrf())
				.with(secretary)
				.param("kind", "SCALE", "CHOICE", "NONSENSE", "TEXT")
				.param("text", "Hvordan var det?", "Vælg\u0000 én", "Hvad?", "x".repeat(501))
				.param("low", "", "", "", "")
				.param("high", "Godt", "", "", "")
				.param("choices", "", "Kun én", "", "")
				.param("afterEachSession", "maybe"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Question 1: Write what the end of the scale means")
			.contains("Question 2: Write two to eight options")
			.contains("Question 3: Choose a kind from the list.")
			.contains("Question 4: Write the question in at most 500 characters.")
			.contains("value=\"Hvordan var det?\"");
		assertThat(forms.current(programme, "da").isDefault()).isTrue();

		var before = forms.current(programme, "da");
		var saved = mvc
			.perform(post("/secretary/evaluations/programmes/" + programme + "/form").with(csrf())
				.with(secretary)
				.param("kind", "SCALE", "CHOICE", "TEXT", "SCALE")
				.param("text", "Hvordan var det?", "Vælg én", "Hvad mere?", "")
				.param("low", "Dårligt", "", "", "")
				.param("high", "Godt", "", "", "")
				.param("choices", "", "Ja\nNej\n", "", ""))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		var after = forms.current(programme, "da");
		assertThat(after.id()).isNotEqualTo(before.id());
		assertThat(after.language()).isEqualTo("da");
		assertThat(after.questions()).extracting(EvaluationForms.Question::text)
			.containsExactly("Hvordan var det?", "Vælg én", "Hvad mere?");
		assertThat(after.questions().get(1).choices()).containsExactly("Ja", "Nej");
		assertThat(forms.find(before.id()).questions()).hasSize(5);
	}

	private String answer(String token, Map<EvaluationForms.Question, String> given, int status) throws Exception {
		MockHttpServletRequestBuilder request = post("/evaluation/" + token).with(csrf());
		given.forEach((q, v) -> request.param("q" + q.id(), v));
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
		return response.getContentAsString();
	}

	private String staffPage(String path) throws Exception {
		var response = mvc.perform(get(path).with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

}
