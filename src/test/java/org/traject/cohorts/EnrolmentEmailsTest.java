package org.traject.cohorts;

import static org.traject.test.TestSmtp.text;

import org.traject.people.Actor;
import org.traject.cohorts.internal.EnrolmentAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.Enrolment;
import org.traject.cohorts.internal.Enrolments;
import org.traject.cohorts.internal.Manager;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.MailIntegrationTest;
import org.traject.test.TestSmtp;

/**
 * Enrolment changes reach the person concerned (and their manager) by email, in their own
 * language.
 */
@MailIntegrationTest
class EnrolmentEmailsTest {

	@Autowired
	Enrolments enrolments;

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

	@BeforeEach
	void fixtures() {
		fixtures = new EnrolmentFixtures(editing, programmes, people, jdbc);
	}

	private People.PersonView person(String name, Locale language) {
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + UUID.randomUUID() + "@example.org";
		return people.ensureAccount(email, name, language, null, Set.of(Role.PARTICIPANT), "School", "Leader");
	}

	private static MimeMessage only(String recipient) {
		await().atMost(Duration.ofSeconds(20)).until(() -> TestSmtp.receivedBy(recipient).size() >= 1);
		var received = TestSmtp.receivedBy(recipient);
		assertThat(received).hasSize(1);
		return received.get(0);
	}

	@Test
	void aConfirmedPlaceArrivesInTheParticipantsLanguageWithTheSessionsAsACalendar() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		var start = java.time.LocalDate.now()
			.plusDays(31)
			.atTime(9, 30)
			.atZone(java.time.ZoneId.of("Europe/Amsterdam"))
			.toInstant();
		editing.addSession(cohort, null, "Themadag", start, start.plusSeconds(6 * 3600), null);
		var sanne = person("Sanne de Wit", Locale.forLanguageTag("nl"));

		enrolments.signUp(cohort, fixtures.participant(sanne.id()), null);

		var message = only(sanne.email());
		assertThat(message.getSubject())
			.isEqualTo("Uw plaats in Ontwikkeltraject Directeur Integraal Kindcentrum is bevestigd");
		assertThat(text(message)).contains("Beste Sanne de Wit").contains("is bevestigd");
		var attachments = attachments(message);
		assertThat(attachments).hasSize(1);
		var calendar = new CalendarBuilder().build(attachments.get(0).getInputStream());
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		assertThat(events.get(0).getSummary().getValue()).endsWith("Themadag");
	}

	@Test
	void aFullCohortTellsTheNextPersonTheirWaitlistNumberInDanish() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		var first = person("Ida Holm", Locale.ENGLISH);
		var second = person("Mads Berg", Locale.forLanguageTag("da"));
		enrolments.signUp(cohort, fixtures.participant(first.id()), null);

		enrolments.signUp(cohort, fixtures.participant(second.id()), null);

		var message = only(second.email());
		assertThat(message.getSubject()).startsWith("Du er på ventelisten til");
		assertThat(text(message)).contains("Du er nummer 1 på ventelisten");
	}

	@Test
	void theManagerIsAskedForApprovalWithALinkAndTheParticipantIsToldSo() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.APPROVAL_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		var participant = person("Emma Lund", Locale.ENGLISH);
		String managerEmail = "boss-" + UUID.randomUUID() + "@example.org";

		enrolments.signUp(cohort, fixtures.participant(participant.id()), new Manager("Karen Boss", managerEmail));

		var toManager = only(managerEmail);
		assertThat(toManager.getSubject()).isEqualTo(
				"Emma Lund asks your approval for Ledertalentudvikling: meritgivende forløb for kommende ledere");
		assertThat(text(toManager)).contains("Hello Karen Boss,").contains("/approvals/");
		var toParticipant = only(participant.email());
		assertThat(text(toParticipant)).contains("We asked Karen Boss to approve");
	}

	@Test
	void aCancellationByTheSecretaryCarriesTheReason() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		var person = person("Bo Ek", Locale.ENGLISH);
		var outcome = enrolments.signUp(cohort, fixtures.participant(person.id()), null);
		only(person.email());

		enrolments.cancel(outcome.enrolmentId(), fixtures.participant(person.id()), "Illness");

		await().atMost(Duration.ofSeconds(20)).until(() -> TestSmtp.receivedBy(person.email()).size() >= 2);
		var cancelled = TestSmtp.receivedBy(person.email()).get(1);
		assertThat(cancelled.getSubject()).contains("is cancelled");
		assertThat(text(cancelled)).contains("Reason given: Illness");
	}

	@Test
	void aParticipantMovedToAnotherCohortIsToldInTheirLanguageWithTheNewDatesAndItsSessions() throws Exception {
		long from = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		long to = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		var start = java.time.LocalDate.now()
			.plusDays(32)
			.atTime(9, 0)
			.atZone(java.time.ZoneId.of("Europe/Amsterdam"))
			.toInstant();
		editing.addSession(to, null, "Kick-off", start, start.plusSeconds(7 * 3600), null);
		var joost = person("Joost Kramer", Locale.forLanguageTag("nl"));
		var outcome = enrolments.signUp(from, fixtures.participant(joost.id()), null);
		only(joost.email());
		var secretary = new Actor(Actor.Capacity.SECRETARY, null, "Test Secretary");

		administration.moveToCohort(from, outcome.enrolmentId(), to, secretary, "Past de agenda beter");

		await().atMost(Duration.ofSeconds(20)).until(() -> TestSmtp.receivedBy(joost.email()).size() >= 2);
		assertThat(TestSmtp.receivedBy(joost.email())).as("one email for the move, no separate confirmation")
			.hasSize(2);
		var moved = TestSmtp.receivedBy(joost.email()).get(1);
		var target = editing.find(to).orElseThrow();
		String fromCode = editing.find(from).orElseThrow().code();
		String startDate = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
			.withLocale(Locale.forLanguageTag("nl"))
			.format(target.startDate());
		assertThat(moved.getSubject()).isEqualTo(
				"U bent verplaatst naar een andere groep van " + "Ontwikkeltraject Directeur Integraal Kindcentrum");
		assertThat(text(moved)).contains("van " + fromCode + " naar " + target.code())
			.contains(startDate)
			.contains("is bevestigd")
			.contains("Opgegeven reden: Past de agenda beter");
		var attachments = attachments(moved);
		assertThat(attachments).hasSize(1);
		List<VEvent> events = new CalendarBuilder().build(attachments.get(0).getInputStream()).getComponents("VEVENT");
		assertThat(events).extracting(e -> e.getSummary().getValue()).singleElement().asString().endsWith("Kick-off");
	}

	@Test
	void aParticipantMovedOntoAFullCohortsWaitlistIsToldTheirNumber() throws Exception {
		long from = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		long full = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		enrolments.signUp(full, fixtures.participant(person("Seat Holder", Locale.ENGLISH).id()), null);
		var lene = person("Lene Dahl", Locale.forLanguageTag("da"));
		var outcome = enrolments.signUp(from, fixtures.participant(lene.id()), null);
		only(lene.email());

		administration.moveToCohort(from, outcome.enrolmentId(), full, new Actor(Actor.Capacity.SECRETARY, null, "S"),
				null);

		await().atMost(Duration.ofSeconds(20)).until(() -> TestSmtp.receivedBy(lene.email()).size() >= 2);
		var moved = TestSmtp.receivedBy(lene.email()).get(1);
		assertThat(moved.getSubject()).startsWith("Du er flyttet til et andet hold på");
		assertThat(text(moved)).contains("du er nummer 1 på ventelisten");
		assertThat(attachments(moved)).isEmpty();
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
