package org.traject.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.CohortMessage.Audience;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.CohortMessages;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.cohorts.internal.MessageRefusedException;
import org.traject.people.Actor;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.MailIntegrationTest;
import org.traject.test.TestSmtp;

/**
 * A course secretary's message to a cohort reaches exactly the people it was written to,
 * once each, in their own name and language, with replies going to the programme's course
 * secretary.
 */
@MailIntegrationTest
class CohortMessagesTest {

	@Autowired
	CohortMessages messages;

	@Autowired
	EnrolmentAdministration administration;

	@Autowired
	CohortEditing editing;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	private EnrolmentFixtures fixtures;

	private final Actor secretary = new Actor(Actor.Capacity.SECRETARY, null, "Peter de Groot");

	@BeforeEach
	void fixtures() {
		fixtures = new EnrolmentFixtures(editing, programmes, people, jdbc);
	}

	private People.PersonView person(String name, String language) {
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + UUID.randomUUID() + "@example.org";
		return people.ensureAccount(email, name, Locale.forLanguageTag(language), null, Set.of(Role.PARTICIPANT),
				"School", "Leader");
	}

	@Test
	void aMessageToACohortOf200ReachesEveryoneOnceInTheirOwnNameAndLanguage() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 200, SeatRelease.CONFIRM_NEXT);
		String[] languages = { "nl", "da", "en" };
		List<People.PersonView> participants = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			var p = person("Deelnemer " + i, languages[i % 3]);
			administration.enrol(cohort, p.id(), org.traject.people.Actor.system(), null);
			participants.add(p);
		}
		var token = UUID.randomUUID();
		var draft = new CohortMessages.Draft(token, Audience.CONFIRMED, "Voorbereiding themadag " + token,
				"Lees **dit** vooraf.<script>alert(1)</script>", List.of());

		var sent = messages.send(cohort, draft, secretary);
		var again = messages.send(cohort, draft, secretary);

		assertThat(sent.recipients()).isEqualTo(200);
		assertThat(again).isEqualTo(sent);
		await().atMost(Duration.ofSeconds(90))
			.until(() -> participants.stream().allMatch(p -> !about(p.email(), token).isEmpty()));
		for (int i = 0; i < 200; i++) {
			var p = participants.get(i);
			var copies = about(p.email(), token);
			assertThat(copies).as("copies for %s", p.displayName()).hasSize(1);
			var copy = copies.get(0);
			String html = content(copy, "text/html");
			String greeting = switch (languages[i % 3]) {
				case "nl" -> "Beste " + p.displayName() + ",";
				case "da" -> "Kære " + p.displayName();
				default -> "Hello " + p.displayName() + ",";
			};
			assertThat(html).contains(greeting).contains("<strong>dit</strong>").doesNotContain("<script>");
			assertThat(content(copy, "text/plain")).contains(greeting).contains("Lees **dit** vooraf.");
			assertThat(copy.getReplyTo()).extracting(a -> ((InternetAddress) a).getAddress())
				.containsExactly("secretariaat@traject.test");
		}
		assertThat(messages.ofCohort(cohort)).singleElement()
			.satisfies(m -> assertThat(m.recipientCount()).isEqualTo(200));
		assertThat(messages.ofPerson(participants.get(7).id())).extracting(CohortMessages.ReceivedMessage::subject)
			.containsExactly(draft.subject());
	}

	@Test
	void theWaitlistAndTickedPeopleAreCountedBeforeSendingAndNobodyElseReceivesIt() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		var seated = person("Anna Plaats", "nl");
		var first = person("Bram Wacht", "nl");
		var second = person("Carla Wacht", "en");
		for (var p : List.of(seated, first, second)) {
			administration.enrol(cohort, p.id(), org.traject.people.Actor.system(), null);
		}
		var stranger = person("Dirk Vreemd", "nl");

		assertThat(messages.recipients(cohort, Audience.WAITLIST, List.of())).extracting(CohortMessage.Recipient::name)
			.containsExactly("Bram Wacht", "Carla Wacht");
		assertThat(messages.recipients(cohort, Audience.CHOSEN, List.of(second.id(), stranger.id())))
			.extracting(CohortMessage.Recipient::name)
			.containsExactly("Carla Wacht");

		var token = UUID.randomUUID();
		messages.send(cohort, new CohortMessages.Draft(token, Audience.WAITLIST, "Wachtlijst " + token,
				"U staat op de wachtlijst.", List.of()), secretary);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> !about(first.email(), token).isEmpty() && !about(second.email(), token).isEmpty());
		assertThat(about(seated.email(), token)).isEmpty();
		assertThat(about(stranger.email(), token)).isEmpty();
		assertThat(content(about(second.email(), token).get(0), "text/plain")).contains("Hello Carla Wacht,")
			.contains("A message from the course secretary about");
	}

	@Test
	void aMessageThatReachesNobodyIsRefusedAndNotKept() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		var draft = new CohortMessages.Draft(UUID.randomUUID(), Audience.WAITLIST, "Niemand", "Leeg", List.of());

		assertThatThrownBy(() -> messages.send(cohort, draft, secretary)).isInstanceOf(MessageRefusedException.class);
		assertThat(messages.ofCohort(cohort)).isEmpty();
	}

	@Test
	void theSameFormPostedTwiceAtOnceSendsOneMessage() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		var p = person("Eva Dubbel", "en");
		administration.enrol(cohort, p.id(), org.traject.people.Actor.system(), null);
		var token = UUID.randomUUID();
		var draft = new CohortMessages.Draft(token, Audience.CONFIRMED, "Once " + token, "Only once.", List.of());
		var start = new CountDownLatch(1);
		Callable<CohortMessages.Sent> post = () -> {
			start.await();
			return messages.send(cohort, draft, secretary);
		};
		var pool = Executors.newFixedThreadPool(2);
		try {
			var a = pool.submit(post);
			var b = pool.submit(post);
			start.countDown();
			assertThat(a.get().messageId()).isEqualTo(b.get().messageId());
		}
		finally {
			pool.shutdown();
		}

		await().atMost(Duration.ofSeconds(20)).until(() -> !about(p.email(), token).isEmpty());
		assertThat(messages.ofCohort(cohort)).hasSize(1);
		assertThat(jdbc.sql("select count(*) from outgoing_email where kind = 'cohort-message' and recipient = :r")
			.param("r", p.email())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private static List<MimeMessage> about(String recipient, UUID token) {
		return TestSmtp.receivedBy(recipient).stream().filter(m -> {
			try {
				return m.getSubject().endsWith(token.toString());
			}
			catch (Exception e) {
				return false;
			}
		}).toList();
	}

	private static String content(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			var builder = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				builder.append(content(multipart.getBodyPart(i), type));
			}
			return builder.toString();
		}
		return "";
	}

}
