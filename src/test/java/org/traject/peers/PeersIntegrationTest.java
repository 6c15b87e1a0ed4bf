package org.traject.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.peers.internal.PeerQuestions;
import org.traject.peers.internal.PeerSupporters;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalDataContributor;
import org.traject.test.MailIntegrationTest;
import org.traject.test.QueryCounter;
import org.traject.test.TestSmtp;

/**
 * Peer support as people meet it, over SMTP and through the pages: a question reaches the
 * supporter and the answer the asker, by email through Traject, and neither ever sees the
 * other's address; a third person finds neither side's page; a paused supporter is not
 * asked; what was typed wrong comes back beside its field; the pages cost a fixed number
 * of statements; erasure takes the person's questions and profile away.
 */
@MailIntegrationTest
class PeersIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	PeerSupporters supporters;

	@Autowired
	PeerQuestions questions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PersonalDataContributor> contributors;

	@Test
	void aQuestionAndItsAnswerReachTheRightPeopleByEmailAndNeitherAddressIsShown() throws Exception {
		var asker = person("Anouk Vraagsteller", "en");
		var supporter = supporter("Bert Ondersteuner", "nl", PeerSector.SECONDARY, List.of("Financiën"));
		var third = person("Carla Derde", "en");
		String text = "How do I plan my first budget round? " + UUID.randomUUID();

		var asked = mvc
			.perform(post("/peers/" + supporter.id() + "/ask").param("subject", "First budget")
				.param("question", text)
				.with(csrf())
				.with(user(signedIn(asker))))
			.andReturn()
			.getResponse();
		assertThat(asked.getStatus()).isEqualTo(302);
		long id = Long.parseLong(asked.getRedirectedUrl().replaceAll(".*/my/questions/", ""));

		await().atMost(Duration.ofSeconds(30)).until(() -> !TestSmtp.receivedBy(supporter.email()).isEmpty());
		MimeMessage toSupporter = TestSmtp.receivedBy(supporter.email()).get(0);
		assertThat(TestSmtp.subject(toSupporter)).isEqualTo("Een vraag voor u van Anouk Vraagsteller");
		String supporterMail = TestSmtp.text(toSupporter);
		assertThat(supporterMail).contains(text, "First budget",
				"https://traject.example.org/peer-support/questions/" + id);
		assertThat(supporterMail).doesNotContain(asker.email());
		assertNoAddressOf(toSupporter, asker.email());

		String questionPage = body(get("/peer-support/questions/" + id), supporter);
		assertThat(questionPage).contains(text, "Anouk Vraagsteller").doesNotContain(asker.email());
		assertThat(status(get("/peer-support/questions/" + id), third)).isEqualTo(404);
		assertThat(status(get("/my/questions/" + id), third)).isEqualTo(404);
		assertThat(status(get("/peer-support/questions/" + id), asker)).as("the asker is not the supporter")
			.isEqualTo(404);
		assertThat(status(post("/peer-support/questions/" + id + "/answer").param("answer", "Not mine"), third))
			.isEqualTo(404);

		String answer = "Start from the figures of last year and ask your controller. " + UUID.randomUUID();
		assertThat(status(post("/peer-support/questions/" + id + "/answer").param("answer", answer), supporter))
			.isEqualTo(302);
		await().atMost(Duration.ofSeconds(30)).until(() -> !TestSmtp.receivedBy(asker.email()).isEmpty());
		MimeMessage toAsker = TestSmtp.receivedBy(asker.email()).get(0);
		assertThat(TestSmtp.subject(toAsker)).isEqualTo("Bert Ondersteuner answered your question");
		String askerMail = TestSmtp.text(toAsker);
		assertThat(askerMail).contains(answer, "https://traject.example.org/my/questions/" + id)
			.doesNotContain(supporter.email());
		assertNoAddressOf(toAsker, supporter.email());

		String myQuestion = body(get("/my/questions/" + id), asker);
		assertThat(myQuestion).contains(text, answer, "Bert Ondersteuner").doesNotContain(supporter.email());
		assertThat(body(get("/my/questions"), asker)).contains("First budget", "answered");
		assertThat(body(get("/peer-support"), supporter)).contains("First budget");
		assertThat(body(get("/my/questions"), third)).doesNotContain("First budget");

		assertThat(status(post("/peer-support/questions/" + id + "/answer").param("answer", "Again"), supporter))
			.as("answered once")
			.isEqualTo(200);
		assertThat(TestSmtp.receivedBy(third.email())).isEmpty();
	}

	@Test
	void aPausedSupporterIsNotListedAndCannotBeAsked() throws Exception {
		var asker = person("Dirk Vrager", "en");
		var paused = supporter("Eva Pauze", "nl", PeerSector.CHILDCARE, List.of("Rust"));
		var current = supporters.find(paused.id()).orElseThrow();
		assertThat(status(post("/peer-support/profile").param("sector", "CHILDCARE")
			.param("yearsExperience", "7")
			.param("themes", "Rust")
			.param("about", "Even niet")
			.param("paused", "true")
			.param("version", Long.toString(current.version())), paused)).isEqualTo(302);

		assertThat(body(get("/peers?sector=CHILDCARE"), asker)).doesNotContain("Eva Pauze");
		assertThat(status(get("/peers/" + paused.id() + "/ask"), asker)).isEqualTo(404);
		assertThat(status(post("/peers/" + paused.id() + "/ask").param("subject", "Hallo").param("question", "Vraag"),
				asker))
			.isEqualTo(404);
		assertThat(body(get("/peer-support"), paused)).contains("You are paused");
	}

	@Test
	void theDirectoryFiltersBySectorAndTheme() throws Exception {
		var asker = person("Fleur Zoeker", "en");
		String theme = "Theme" + UUID.randomUUID().toString().substring(0, 6);
		supporter("Gijs Primair", "nl", PeerSector.PRIMARY, List.of(theme));
		supporter("Hanna Voortgezet", "nl", PeerSector.SECONDARY, List.of(theme));

		String primary = body(get("/peers").param("sector", "PRIMARY").param("theme", theme.toLowerCase(Locale.ROOT)),
				asker);
		assertThat(primary).contains("Gijs Primair").doesNotContain("Hanna Voortgezet").contains("1 peer supporter");
		String any = body(get("/peers").param("sector", "NO_SUCH\"><b>").param("theme", theme), asker);
		assertThat(any).contains("Gijs Primair", "Hanna Voortgezet").doesNotContain("<b>");
	}

	@Test
	void badInputComesBackBesideItsFieldWithWhatWasTyped() throws Exception {
		var asker = person("Iris Typfout", "en");
		var supporter = supporter("Jan Geduld", "nl", PeerSector.PRIMARY, List.of());
		String typed = "My long question " + UUID.randomUUID();
		String page = body(post("/peers/" + supporter.id() + "/ask").param("subject", "  ").param("question", typed),
				asker);
		assertThat(page).contains("id=\"subject-error\"", "Fill this in.", typed);
		page = body(post("/peers/" + supporter.id() + "/ask").param("subject", "x".repeat(151))
			.param("question", "a".repeat(4001)), asker);
		assertThat(page).contains("id=\"subject-error\"", "id=\"question-error\"", "This is too long.");
		assertThat(questions.askedBy(asker.id())).isEmpty();

		var current = supporters.find(supporter.id()).orElseThrow();
		page = body(post("/peer-support/profile").param("sector", "NONSENSE")
			.param("yearsExperience", "veel")
			.param("themes", "a, b")
			.param("about", "Over mij")
			.param("version", Long.toString(current.version())), supporter);
		assertThat(page).contains("id=\"sector-error\"", "id=\"yearsExperience-error\"", "value=\"veel\"", "Over mij");
		assertThat(status(post("/peers/" + supporter.id() + "/ask").param("subject", "Zelf").param("question", "Ik"),
				supporter))
			.as("a supporter does not find their own ask page")
			.isEqualTo(404);
	}

	@Test
	void thePeerPagesCostAFixedNumberOfStatements() throws Exception {
		var asker = person("Kees Teller", "en");
		var supporter = supporter("Lies Teller", "nl", PeerSector.VOCATIONAL, List.of("Tellen"));
		for (int i = 0; i < 5; i++) {
			long id = questions.ask(asker.id(), supporter.id(), "Vraag " + i, "Tekst " + i);
			if (i % 2 == 0) {
				questions.answer(id, supporter.id(), "Antwoord " + i);
			}
		}
		long one = questions.askedBy(asker.id()).get(0).id();
		assertThat(statements("/peers", asker)).as("directory").isLessThanOrEqualTo(10);
		assertThat(statements("/my/questions", asker)).as("my questions").isLessThanOrEqualTo(8);
		assertThat(statements("/my/questions/" + one, asker)).as("my question").isLessThanOrEqualTo(8);
		assertThat(statements("/peer-support", supporter)).as("supporter's questions").isLessThanOrEqualTo(10);
		assertThat(statements("/peer-support/questions/" + one, supporter)).as("supporter's question")
			.isLessThanOrEqualTo(8);
		assertThat(statements("/peer-support/profile", supporter)).as("profile").isLessThanOrEqualTo(8);
		assertThat(statements("/peers/" + supporter.id() + "/ask", asker)).as("ask").isLessThanOrEqualTo(8);
	}

	@Test
	void erasureTakesTheQuestionsAskedAndTheSupportersProfileAndAnswers() throws Exception {
		var asker = person("Mila Wissen", "en");
		var supporter = supporter("Nico Wissen", "nl", PeerSector.PRIMARY, List.of("Wissen"));
		var other = person("Olga Blijft", "en");
		long erasedQuestion = questions.ask(asker.id(), supporter.id(), "Weg", "Deze vraag gaat weg");
		long kept = questions.ask(other.id(), supporter.id(), "Blijft", "Deze vraag blijft");
		questions.answer(kept, supporter.id(), "Antwoord van Nico");

		var contributor = contributors.stream().filter(c -> c.part().equals("peers")).findFirst().orElseThrow();
		var export = contributor
			.export(new DataSubject(supporter.id(), supporter.email(), supporter.displayName(), Locale.ENGLISH));
		assertThat(export.data().toString()).contains("Antwoord van Nico", "Wissen");

		contributor.erase(new DataSubject(asker.id(), asker.email(), asker.displayName(), Locale.ENGLISH));
		assertThat(questions.forSupporter(erasedQuestion, supporter.id())).isEmpty();

		contributor.erase(new DataSubject(supporter.id(), supporter.email(), supporter.displayName(), Locale.ENGLISH));
		assertThat(supporters.isSupporter(supporter.id())).isFalse();
		var left = questions.forAsker(kept, other.id()).orElseThrow();
		assertThat(left.question()).isEqualTo("Deze vraag blijft");
		assertThat(left.answer()).isNull();
		assertThat(body(get("/my/questions/" + kept), other)).contains("A former peer supporter")
			.doesNotContain("Nico Wissen");
	}

	private static void assertNoAddressOf(MimeMessage message, String email) throws Exception {
		Address[] replyTo = message.getReplyTo();
		if (replyTo != null) {
			assertThat(Arrays.stream(replyTo).map(Address::toString)).noneMatch(a -> a.contains(email));
		}
		assertThat(Arrays.stream(message.getFrom()).map(Address::toString)).noneMatch(a -> a.contains(email));
		assertThat(Arrays.stream(message.getAllRecipients()).map(Address::toString)).hasSize(1);
	}

	private People.PersonView person(String name, String language) {
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + UUID.randomUUID() + "@peers.test";
		return people.ensureAccount(email, name, Locale.forLanguageTag(language), null, Set.of(Role.PARTICIPANT),
				"School", "Leader");
	}

	private People.PersonView supporter(String name, String language, PeerSector sector, List<String> themes) {
		var person = person(name, language);
		supporters.list(person.email());
		var current = supporters.find(person.id()).orElseThrow();
		supporters.save(person.id(), new PeerSupporters.ProfileChange(sector, 15, themes, "Ervaren schoolleider.",
				false, current.version()));
		return person;
	}

	private CurrentUser signedIn(People.PersonView p) {
		return new CurrentUser(p.id(), p.email(), p.displayName(), p.preferredLanguage(), p.roles(), "", true);
	}

	private int statements(String path, People.PersonView person) throws Exception {
		QueryCounter.reset();
		var response = mvc.perform(get(path).with(user(signedIn(person)))).andReturn().getResponse();
		int count = QueryCounter.count();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return count;
	}

	private String body(MockHttpServletRequestBuilder request, People.PersonView person) throws Exception {
		var response = mvc.perform(request.with(csrf()).with(user(signedIn(person)))).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return response.getContentAsString();
	}

	private int status(MockHttpServletRequestBuilder request, People.PersonView person) throws Exception {
		return mvc.perform(request.with(csrf()).with(user(signedIn(person)))).andReturn().getResponse().getStatus();
	}

}
