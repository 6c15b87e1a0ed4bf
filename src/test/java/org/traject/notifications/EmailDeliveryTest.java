package org.traject.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.MailIntegrationTest;
import org.traject.test.TestEmails;
import org.traject.test.TestEmails.TestEmailRequested;
import org.traject.test.TestSmtp;

/**
 * Emails leave over SMTP: to the right person, in their language, with what they need,
 * and only for committed changes.
 */
@MailIntegrationTest
class EmailDeliveryTest {

	@Autowired
	People people;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestEmails testEmails;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"nl | Kies een nieuw wachtwoord voor Traject | Beste Noor Visser, | Deze e-mail is naar u gestuurd door Stichting Leiderschap.",
			"da | Vælg en ny adgangskode til Traject | Kære Noor Visser | Denne e-mail er sendt til dig af Stichting Leiderschap.",
			"en | Choose a new password for Traject | Hello Noor Visser, | This email was sent to you by Stichting Leiderschap." })
	void aPasswordResetReachesTheAccountHolderInTheirLanguage(String language, String subject, String greeting,
			String footer) throws Exception {
		String email = "reset-" + UUID.randomUUID() + "@example.org";
		people.ensureAccount(email, "Noor Visser", Locale.forLanguageTag(language), "a-long-password",
				Set.of(Role.PARTICIPANT), null, null);

		people.requestPasswordReset(email);

		MimeMessage message = onlyMessageTo(email);
		assertThat(message.getSubject()).isEqualTo(subject);
		assertThat(message.getFrom()[0].toString()).isEqualTo("Traject <no-reply@traject.test>");
		String text = part(message, "text/plain");
		String html = part(message, "text/html");
		assertThat(text).contains(greeting)
			.contains(footer)
			.contains("https://traject.example.org/account/password-reset/");
		assertThat(html).contains("lang=\"" + language + "\"")
			.contains("href=\"https://traject.example.org/account/password-reset/")
			.contains("opleidingen@leiderschap.example.org");
	}

	@Test
	void aNewParticipantIsAskedToConfirmTheirAddress() throws Exception {
		String email = "signup-" + UUID.randomUUID() + "@example.org";

		people.registerParticipant(new People.NewParticipant(email, "Mads Holm", "Børnehuset Mælkebøtten", null,
				Locale.forLanguageTag("da")));

		MimeMessage message = onlyMessageTo(email);
		assertThat(message.getSubject()).isEqualTo("Bekræft din e-mailadresse til Traject");
		assertThat(part(message, "text/plain")).contains("Kære Mads Holm")
			.contains("https://traject.example.org/account/confirm/");
	}

	@Test
	void aCalendarFileArrivesAsAnAttachmentThatACalendarReads() throws Exception {
		String email = "calendar-" + UUID.randomUUID() + "@example.org";
		ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
		var session = new CalendarSession("session-77@traject", "Netwerkbijeenkomst 1",
				ZonedDateTime.of(2027, 5, 20, 13, 0, 0, 0, amsterdam),
				ZonedDateTime.of(2027, 5, 20, 17, 0, 0, 0, amsterdam), "Amersfoort");

		transactions.executeWithoutResult(tx -> events
			.publishEvent(new TestEmailRequested(UUID.randomUUID().toString(), email, "nl", List.of(session))));

		MimeMessage message = onlyMessageTo(email);
		BodyPart attachment = attachments(message).get(0);
		assertThat(attachment.getFileName()).isEqualTo("sessions.ics");
		assertThat(attachment.getContentType()).startsWith("text/calendar");
		var calendar = new CalendarBuilder()
			.build(new ByteArrayInputStream(attachment.getInputStream().readAllBytes()));
		List<VEvent> parsed = calendar.getComponents("VEVENT");
		assertThat(parsed).singleElement()
			.satisfies(event -> assertThat(event.getSummary().getValue()).isEqualTo("Netwerkbijeenkomst 1"));
	}

	@Test
	void aChangeThatRollsBackSendsNothing() {
		String rolledBack = "rolled-back-" + UUID.randomUUID() + "@example.org";
		String committed = "committed-" + UUID.randomUUID() + "@example.org";
		people.ensureAccount(rolledBack, "Rolf Back", Locale.ENGLISH, "a-long-password", Set.of(Role.PARTICIPANT), null,
				null);

		transactions.executeWithoutResult(tx -> {
			people.requestPasswordReset(rolledBack);
			events.publishEvent(new TestEmailRequested(UUID.randomUUID().toString(), rolledBack));
			tx.setRollbackOnly();
		});
		// what is committed after it goes out; by then the rolled-back one would have too
		transactions.executeWithoutResult(
				tx -> events.publishEvent(new TestEmailRequested(UUID.randomUUID().toString(), committed)));

		onlyMessageTo(committed);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> TestSmtp.receivedBy(rolledBack).isEmpty());
		assertThat(jdbc.sql("select count(*) from outgoing_email where recipient = :to")
			.param("to", rolledBack)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anEventHandledAgainAfterACrashSendsOneEmail() {
		String email = "twice-" + UUID.randomUUID() + "@example.org";
		var event = new TestEmailRequested(UUID.randomUUID().toString(), email);

		transactions.executeWithoutResult(tx -> events.publishEvent(event));
		// what republishing on restart does when the first run wrote the email but died
		// before completing the event
		transactions.executeWithoutResult(tx -> testEmails.on(event));

		onlyMessageTo(email);
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(3))
			.until(() -> TestSmtp.receivedBy(email).size() == 1);
		assertThat(jdbc.sql("select status from outgoing_email where recipient = :to")
			.param("to", email)
			.query(String.class)
			.list()).containsExactly("SENT");
	}

	/** Waits for the one message to this address and returns it. */
	static MimeMessage onlyMessageTo(String recipient) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !TestSmtp.receivedBy(recipient).isEmpty());
		List<MimeMessage> received = TestSmtp.receivedBy(recipient);
		assertThat(received).hasSize(1);
		return received.get(0);
	}

	static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = part(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static List<BodyPart> attachments(Part part) throws Exception {
		List<BodyPart> found = new ArrayList<>();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
					found.add(child);
				}
				else {
					found.addAll(attachments(child));
				}
			}
		}
		return found;
	}

}
