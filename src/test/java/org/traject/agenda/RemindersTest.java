package org.traject.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.agenda.internal.ReminderSettings;
import org.traject.agenda.internal.Reminders;
import org.traject.catalogue.Catalogue;
import org.traject.coaching.MeetingMode;
import org.traject.coaching.internal.Appointments;
import org.traject.coaching.internal.Availability;
import org.traject.coaching.internal.CoachProfiles;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.EnrolmentStatus;
import org.traject.cohorts.SeatRelease;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.cohorts.internal.Enrolments;
import org.traject.cohorts.internal.Manager;
import org.traject.people.Actor;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.MailIntegrationTest;
import org.traject.test.TestSmtp;

/**
 * Reminders as people receive them over SMTP: before a session to the confirmed only,
 * with what they need to know; before an offer lapses; to a manager whose approval is
 * awaited; for a measurement not handed in; never twice, and never to someone who turned
 * them off.
 */
@MailIntegrationTest
class RemindersTest {

	@Autowired
	Reminders reminders;

	@Autowired
	ReminderSettings settings;

	@Autowired
	Cohorts cohorts;

	@Autowired
	CohortEditing editing;

	@Autowired
	EnrolmentAdministration administration;

	@Autowired
	Enrolments enrolments;

	@Autowired
	Catalogue catalogue;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CoachProfiles profiles;

	@Autowired
	Availability availability;

	@Autowired
	Appointments appointments;

	@Autowired
	org.traject.materials.internal.MaterialStore materials;

	private AgendaFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new AgendaFixtures(cohorts, catalogue, people);
	}

	@Test
	void aSessionReminderReachesTheConfirmedOnceWithTimePlacePreparationCalendarAndCancelLink() throws Exception {
		long programme = fixtures.programme(AgendaFixtures.IKC);
		String preparation = "Neem het ingevulde analysesjabloon mee " + UUID.randomUUID();
		var current = settings.ofProgramme(programme);
		assertThat(settings.save(programme, current.version(), 3, preparation)).isTrue();
		long cohort = fixtures.cohort(AgendaFixtures.IKC, 1, SeatRelease.CONFIRM_NEXT, 2);
		Instant start = Instant.now().plus(Duration.ofDays(2));
		long session = fixtures.session(cohort, "Themadag leiderschap", start, "Zaal 3, Jaarbeurs Utrecht");
		var seated = fixtures.person("Anouk Zitplaats", "nl");
		var waiting = fixtures.person("Bas Wachtlijst", "nl");
		cohorts.enrol(cohort, seated.id());
		cohorts.enrol(cohort, waiting.id());
		materials.add(programme, cohort, "Analysesjabloon", "voor de themadag", "https://example.org/sjabloon", null,
				null);

		reminders.sendDue(Instant.now());
		reminders.sendDue(Instant.now());

		await().atMost(Duration.ofSeconds(30)).until(() -> !subjectStarts(seated.email(), "Herinnering:").isEmpty());
		quietFor(Duration.ofSeconds(1), () -> subjectStarts(seated.email(), "Herinnering:").size());
		var received = subjectStarts(seated.email(), "Herinnering:");
		assertThat(received).hasSize(1);
		var email = received.get(0);
		String text = AgendaFixtures.content(email, "text/plain");
		long enrolment = cohorts.enrolmentsOf(seated.id()).get(0).id();
		assertThat(text).contains("Themadag leiderschap")
			.contains("Zaal 3, Jaarbeurs Utrecht")
			.contains(preparation)
			.contains("https://traject.example.org/my/enrolments/" + enrolment)
			.contains("(Europe/Amsterdam)")
			.contains("https://traject.example.org/my/account#reminders")
			.contains("- Analysesjabloon")
			.contains("https://traject.example.org/my#materials");
		assertThat(AgendaFixtures.attachment(email, "session.ics"))
			.contains("UID:traject-session-" + session + "@traject")
			.contains("LOCATION:Zaal 3\\, Jaarbeurs Utrecht");
		assertThat(subjectStarts(waiting.email(), "Herinnering:")).as("the waitlisted get no session reminder")
			.isEmpty();
		assertThat(reminders.sendDue(Instant.now())).as("a third run finds nothing new for them").isZero();
		assertThat(sent(seated.id())).contains("session-" + session);
	}

	@Test
	void someoneWhoTurnedRemindersOffGetsNoneButStillTheirConfirmation() throws Exception {
		long cohort = fixtures.cohort(AgendaFixtures.IKC, 5, SeatRelease.CONFIRM_NEXT, 1);
		fixtures.session(cohort, "Kick-off", Instant.now().plus(Duration.ofDays(1)), "Amersfoort");
		var quiet = fixtures.person("Carla Stil", "en");
		settings.setWantsReminders(quiet.id(), false);
		cohorts.enrol(cohort, quiet.id());

		reminders.sendDue(Instant.now());

		await().atMost(Duration.ofSeconds(30))
			.until(() -> !TestSmtp.receivedBy(quiet.email()).isEmpty()
					&& TestSmtp.receivedBy(quiet.email()).stream().anyMatch(m -> subject(m).startsWith("Your place")));
		quietFor(Duration.ofSeconds(1), () -> TestSmtp.receivedBy(quiet.email()).size());
		assertThat(TestSmtp.receivedBy(quiet.email())).extracting(RemindersTest::subject)
			.noneMatch(s -> s.startsWith("Reminder") || s.startsWith("Please hand in"));
		assertThat(sent(quiet.id())).isEmpty();

		settings.setWantsReminders(quiet.id(), true);
		reminders.sendDue(Instant.now());
		await().atMost(Duration.ofSeconds(30)).until(() -> !subjectStarts(quiet.email(), "Reminder:").isEmpty());
	}

	@Test
	void zeroDaysTurnsAProgrammesSessionRemindersOff() {
		long programme = fixtures.programme(AgendaFixtures.APPROVAL);
		var before = settings.ofProgramme(programme);
		assertThat(settings.save(programme, before.version(), 0, "")).isTrue();
		try {
			long cohort = fixtures.cohort(AgendaFixtures.APPROVAL, 5, SeatRelease.CONFIRM_NEXT, 1);
			long session = fixtures.session(cohort, "Temadag", Instant.now().plus(Duration.ofHours(20)), "Aarhus");
			var person = fixtures.person("Dorte Ingen", "da");
			cohorts.enrol(cohort, person.id());

			reminders.sendDue(Instant.now());

			assertThat(sent(person.id())).doesNotContain("session-" + session);
		}
		finally {
			var now = settings.ofProgramme(programme);
			settings.save(programme, now.version(), 3, "");
		}
	}

	@Test
	void anOfferedSeatIsRemindedTwelveHoursBeforeItLapses() throws Exception {
		long cohort = fixtures.cohort(AgendaFixtures.IKC, 1, SeatRelease.OFFER, 20);
		editing.openForEnrolment(cohort, editing.find(cohort).orElseThrow().version());
		var first = fixtures.person("Eva Eerste", "nl");
		var second = fixtures.person("Frank Tweede", "en");
		var seat = administration.enrol(cohort, first.id(), Actor.system(), null);
		administration.enrol(cohort, second.id(), Actor.system(), null);
		administration.cancel(cohort, seat.enrolmentId(), Actor.system(), "Moved abroad");
		var offer = cohorts.enrolmentsOf(second.id()).get(0);
		assertThat(offer.status()).isEqualTo(EnrolmentStatus.OFFERED);

		assertThat(reminders.sendDue(Instant.now().plus(Duration.ofHours(1)))).isGreaterThanOrEqualTo(0);
		assertThat(sent(second.id())).as("a day ahead: not yet").isEmpty();
		reminders.sendDue(Instant.now().plus(Duration.ofHours(13)));
		reminders.sendDue(Instant.now().plus(Duration.ofHours(14)));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> !subjectStarts(second.email(), "Your offered place").isEmpty());
		quietFor(Duration.ofMillis(500), () -> subjectStarts(second.email(), "Your offered place").size());
		var received = subjectStarts(second.email(), "Your offered place");
		assertThat(received).hasSize(1);
		assertThat(AgendaFixtures.content(received.get(0), "text/plain")).contains("still held for you until")
			.contains("/my/enrolments/" + offer.id());
	}

	@Test
	void aManagerIsRemindedTwoDaysBeforeTheApprovalLinkExpiresInTheParticipantsLanguage() throws Exception {
		long cohort = fixtures.cohort(AgendaFixtures.APPROVAL, 5, SeatRelease.CONFIRM_NEXT, 40);
		editing.openForEnrolment(cohort, editing.find(cohort).orElseThrow().version());
		var participant = fixtures.person("Gitte Hansen", "da");
		String manager = "chef-" + UUID.randomUUID() + "@agenda.test";
		enrolments.signUp(cohort, Actor.participant(participant.id(), participant.displayName()),
				new Manager("Mette Chef", manager));

		reminders.sendDue(Instant.now().plus(Duration.ofDays(10)));
		assertThat(subjectStarts(manager, "Venter")).isEmpty();
		reminders.sendDue(Instant.now().plus(Duration.ofDays(13)));
		reminders.sendDue(Instant.now().plus(Duration.ofDays(13)).plusSeconds(60));

		await().atMost(Duration.ofSeconds(30)).until(() -> !subjectStarts(manager, "Venter stadig").isEmpty());
		quietFor(Duration.ofMillis(500), () -> subjectStarts(manager, "Venter stadig").size());
		var received = subjectStarts(manager, "Venter stadig");
		assertThat(received).hasSize(1);
		assertThat(AgendaFixtures.content(received.get(0), "text/plain")).contains("Kære Mette Chef")
			.contains("Gitte Hansen")
			.doesNotContain("/my/account");
		assertThat(subjectStarts(participant.email(), "Venter")).isEmpty();
	}

	@Test
	void aMeasurementNotHandedInIsRemindedAWeekBeforeTheFirstSession() throws Exception {
		long cohort = fixtures.cohort(AgendaFixtures.IKC, 5, SeatRelease.CONFIRM_NEXT, 6);
		fixtures.session(cohort, "Startdag", Instant.now().plus(Duration.ofDays(6)), "Zwolle");
		fixtures.session(cohort, "Tweede dag", Instant.now().plus(Duration.ofDays(20)), "Zwolle");
		var person = fixtures.person("Hanna Meting", "nl");
		cohorts.enrol(cohort, person.id());

		reminders.sendDue(Instant.now());
		reminders.sendDue(Instant.now());

		await().atMost(Duration.ofSeconds(30)).until(() -> !subjectStarts(person.email(), "Lever uw meting").isEmpty());
		quietFor(Duration.ofMillis(500), () -> subjectStarts(person.email(), "Lever uw meting").size());
		var received = subjectStarts(person.email(), "Lever uw meting");
		assertThat(received).hasSize(1);
		assertThat(AgendaFixtures.content(received.get(0), "text/plain"))
			.contains("https://traject.example.org/my/measurements");
		assertThat(subjectStarts(person.email(), "Herinnering:")).as("the first session is 6 days away: not yet")
			.isEmpty();
	}

	@Test
	void aCoachingAppointmentIsRemindedOnceToTheParticipantAndTheCoachWithTheMeetingLink() throws Exception {
		var participant = fixtures.person("Mila Coachee", "nl");
		long coach = coach("Karel Coach", "da");
		// booked more than a day ahead (the booking rule); the job runs when it is within
		// a day
		Instant slot = Instant.now().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.HOURS);
		Instant later = Instant.now().plus(Duration.ofHours(10));
		String link = "https://meet.example.org/karel-" + UUID.randomUUID();
		availability.addSingle(coach, slot, 60, MeetingMode.ONLINE, link);
		long appointment = appointments.book(Actor.participant(participant.id(), null), participant.id(),
				fixtures.programme("gesprek-met-een-managementcoach"), coach, slot);
		String coachEmail = people.findById(coach).orElseThrow().email();

		reminders.sendDue(later);
		reminders.sendDue(later);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> !subjectStarts(participant.email(), "Herinnering: uw coachgesprek").isEmpty()
					&& !subjectStarts(coachEmail, "Påmindelse: coachingsamtale").isEmpty());
		quietFor(Duration.ofSeconds(1), () -> subjectStarts(participant.email(), "Herinnering: uw coachgesprek").size()
				+ subjectStarts(coachEmail, "Påmindelse: coachingsamtale").size());
		var toParticipant = subjectStarts(participant.email(), "Herinnering: uw coachgesprek");
		var toCoach = subjectStarts(coachEmail, "Påmindelse: coachingsamtale");
		assertThat(toParticipant).hasSize(1);
		assertThat(toCoach).hasSize(1);
		assertThat(AgendaFixtures.content(toParticipant.get(0), "text/plain")).contains(link)
			.contains("Karel Coach")
			.contains("https://traject.example.org/my/coaching/appointments/" + appointment);
		assertThat(AgendaFixtures.content(toCoach.get(0), "text/plain")).contains(link)
			.contains("Mila Coachee")
			.contains("https://traject.example.org/coach/appointments")
			.contains("https://traject.example.org/my/account#reminders");
		assertThat(AgendaFixtures.attachment(toCoach.get(0), "coaching.ics"))
			.contains("UID:coaching-" + appointment + "@traject");
		assertThat(reminders.sendDue(later)).as("a third run finds nothing new for them").isZero();
		String occasion = "appointment-" + appointment + "-" + slot.getEpochSecond();
		assertThat(sent(participant.id())).contains(occasion);
		assertThat(sent(coach)).contains(occasion);
	}

	@Test
	void aCoachWhoTurnedRemindersOffGetsNoneWhileTheParticipantStillDoes() throws Exception {
		var participant = fixtures.person("Noor Coachee", "en");
		long coach = coach("Olaf Stil", "en");
		settings.setWantsReminders(coach, false);
		Instant slot = Instant.now().plus(Duration.ofHours(40)).truncatedTo(ChronoUnit.HOURS);
		Instant later = Instant.now().plus(Duration.ofHours(20));
		availability.addSingle(coach, slot, 45, MeetingMode.ON_SITE, "Stationsplein 1, Utrecht");
		appointments.book(Actor.participant(participant.id(), null), participant.id(),
				fixtures.programme("gesprek-met-een-managementcoach"), coach, slot);

		reminders.sendDue(later);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> !subjectStarts(participant.email(), "Reminder: your coaching").isEmpty());
		assertThat(AgendaFixtures.content(subjectStarts(participant.email(), "Reminder: your coaching").get(0),
				"text/plain"))
			.contains("Stationsplein 1, Utrecht");
		String coachEmail = people.findById(coach).orElseThrow().email();
		quietFor(Duration.ofSeconds(1), () -> subjectStarts(coachEmail, "Reminder").size());
		assertThat(subjectStarts(coachEmail, "Reminder")).isEmpty();
		assertThat(sent(coach)).isEmpty();
	}

	private long coach(String name, String language) {
		String email = "coach-" + UUID.randomUUID() + "@agenda.test";
		long coach = people
			.ensureAccount(email, name, Locale.forLanguageTag(language), null, Set.of(Role.COACH), null, null)
			.id();
		profiles.save(coach, new CoachProfiles.ProfileChange(List.of("Leadership"), List.of("en"), "Utrecht", "",
				"Europe/Amsterdam", true, List.of(fixtures.programme("gesprek-met-een-managementcoach")), 0));
		return coach;
	}

	private List<String> sent(long personId) {
		return jdbc.sql("select occasion from reminder_sent where person_id = :p order by occasion")
			.param("p", personId)
			.query(String.class)
			.list();
	}

	static List<MimeMessage> subjectStarts(String recipient, String prefix) {
		return TestSmtp.receivedBy(recipient).stream().filter(m -> subject(m).startsWith(prefix)).toList();
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject() == null ? "" : message.getSubject();
		}
		catch (Exception ex) {
			return "";
		}
	}

	/**
	 * Waits while nothing more arrives for the given time: a reminder sent twice (by a
	 * second run, or a second thread) would land within it and fail the assertions after.
	 */
	private static void quietFor(Duration period, Callable<Integer> count) throws Exception {
		int seen = count.call();
		await().during(period).atMost(period.plusSeconds(10)).until(count, now -> now == seen);
	}

}
