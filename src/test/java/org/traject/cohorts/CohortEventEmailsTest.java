package org.traject.cohorts;

import static org.traject.test.TestSmtp.text;
import static org.traject.test.TestSmtp.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.delivery.ProgrammeCompleted;
import org.traject.people.Actor;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.MailIntegrationTest;
import org.traject.test.TestSmtp;

/**
 * The events that had no email now reach the person who would expect one, in their
 * language: a cohort below its minimum that goes ahead, a secretary reordering the
 * waitlist, a completed programme with its certificate.
 */
@MailIntegrationTest
class CohortEventEmailsTest {

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

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

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
	void everyoneConfirmedHearsThatACohortBelowItsMinimumGoesAhead() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		var sanne = person("Sanne Door", "nl");
		administration.enrol(cohort, sanne.id(), Actor.system(), null);

		administration.confirmCohort(cohort, secretary, null);

		var email = awaitSubject(sanne.email(), "gaat door");
		assertThat(email.getSubject()).isEqualTo("Ontwikkeltraject Directeur Integraal Kindcentrum gaat door");
		assertThat(text(email)).contains("Beste Sanne Door,").contains("Uw plaats is bevestigd");
	}

	@Test
	void bothPeopleASecretaryReordersOnTheWaitlistHearTheirNewNumber() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		administration.enrol(cohort, person("Seat Holder", "en").id(), Actor.system(), null);
		var first = person("Mads Først", "da");
		var second = person("Ida Anden", "en");
		var firstEnrolment = administration.enrol(cohort, first.id(), Actor.system(), null).enrolmentId();
		administration.enrol(cohort, second.id(), Actor.system(), null);

		administration.moveOnWaitlist(cohort, firstEnrolment, 1, secretary, "Her school has priority this year");

		var toFirst = awaitSubject(first.email(), "er ændret");
		assertThat(text(toFirst)).contains("du er nu nummer 2 på ventelisten").doesNotContain("priority");
		var toSecond = awaitSubject(second.email(), "has changed");
		assertThat(text(toSecond)).contains("you are now number 1 on the waitlist").doesNotContain("priority");
	}

	@Test
	void aCompletedProgrammeBringsTheCertificateLinkOnce() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		var ana = person("Ana Klaar", "en");
		administration.enrol(cohort, ana.id(), Actor.system(), null);
		long programme = fixtures.programme(EnrolmentFixtures.PLAIN_PROGRAMME);
		String number = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
		var completed = new ProgrammeCompleted(-Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000) - 1,
				ana.id(), programme, cohort, number, LocalDate.now());

		transactions.executeWithoutResult(status -> events.publishEvent(completed));

		var email = awaitSubject(ana.email(), "You completed");
		assertThat(text(email)).contains("Congratulations")
			.contains("https://traject.example.org/my/certificates/" + number + ".pdf");
		assertThat(jdbc.sql("select count(*) from outgoing_email where kind = 'programme-completed' and recipient = :r")
			.param("r", ana.email())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private static MimeMessage awaitSubject(String recipient, String part) throws Exception {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> TestSmtp.receivedBy(recipient).stream().anyMatch(m -> subject(m).contains(part)));
		List<MimeMessage> found = TestSmtp.receivedBy(recipient)
			.stream()
			.filter(m -> subject(m).contains(part))
			.toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

}
