package org.traject.groups.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalDataContributor;
import org.traject.test.MailIntegrationTest;
import org.traject.test.TestSmtp;
import org.traject.web.Formats;

/**
 * Group meetings by email, over SMTP: planning a meeting writes to each member and the
 * facilitator once, in their own language, with the time in the cohort's zone, the place
 * or link, a link to the group page and a calendar file; removing it sends a cancellation
 * of the same calendar entry. Someone who joins later hears nothing about meetings
 * planned before; someone taken out of the group or erased hears nothing more.
 */
@MailIntegrationTest
class GroupMeetingEmailsTest {

	private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Cohorts cohorts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	GroupMeetingEmails emails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<PersonalDataContributor> contributors;

	String domain;

	long secretary;

	long cohort;

	long group;

	long anna;

	long bram;

	long clara;

	long coach;

	@BeforeEach
	void aGroupOfThreeMembersInTwoLanguagesWithAFacilitator() throws Exception {
		domain = "meet-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
		secretary = person("Secretaris Smit", Role.SECRETARY, "en");
		coach = person("Søren Facilitator", Role.COACH, "da");
		cohort = cohort();
		anna = member("Anna de Vries", "nl");
		bram = member("Bram Jansen", "nl");
		clara = member("Clara Nielsen", "da");
		assertThat(status(post(groups()).param("name", "Kring Noord"))).isEqualTo(302);
		group = jdbc.sql("select id from cohort_group where cohort_id = :c")
			.param("c", cohort)
			.query(Long.class)
			.single();
		for (long member : List.of(anna, bram, clara)) {
			move(member);
		}
		assertThat(status(post(groups() + "/" + group + "/facilitator").param("email",
				people.findById(coach).orElseThrow().email())))
			.isEqualTo(302);
	}

	@Test
	void everyMemberAndTheFacilitatorGetTheMeetingOnceInTheirLanguageAndItsCancellationWithTheSameUid()
			throws Exception {
		LocalDate day = LocalDate.now(COPENHAGEN).plusDays(40);
		String link = "https://meet.example.org/kring-noord-" + UUID.randomUUID().toString().substring(0, 8);
		long meeting = plan(day, link);
		ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(9, 30), COPENHAGEN);
		String uid = "UID:group-meeting-" + meeting + "@traject";

		await().atMost(Duration.ofSeconds(30)).until(() -> meetingRecipients().size() >= 4);
		assertThat(meetingRecipients()).as("one email each")
			.containsExactlyInAnyOrder(email(anna), email(bram), email(clara), email(coach));

		String dutchSubject = "Kring Noord: groepsbijeenkomst op " + Formats.longDate(day, DUTCH);
		String danishSubject = "Kring Noord: gruppemøde den " + Formats.longDate(day, DANISH);
		assertThat(subjects()).containsEntry(email(anna), dutchSubject)
			.containsEntry(email(bram), dutchSubject)
			.containsEntry(email(clara), danishSubject)
			.containsEntry(email(coach), danishSubject);

		MimeMessage toAnna = only(anna);
		assertThat(TestSmtp.text(toAnna)).contains("Beste Anna de Vries",
				"Er is een bijeenkomst van de groep Kring Noord",
				"Wanneer: " + Formats.longDateTime(start, DUTCH) + "–12:00 (Europe/Copenhagen)",
				"Vergaderlink: " + link, "https://traject.example.org/my/groups/" + group, "voor uw agenda");
		assertThat(TestSmtp.text(only(coach))).contains("Der er planlagt et møde i gruppen Kring Noord",
				"Hvornår: " + Formats.longDateTime(start, DANISH) + "–12:00 (Europe/Copenhagen)", "Mødelink: " + link,
				"https://traject.example.org/my/groups/" + group);
		for (long person : List.of(anna, bram, clara, coach)) {
			String ics = calendar(only(person));
			assertThat(ics).contains("METHOD:PUBLISH", uid, "LOCATION:" + link,
					"DTSTART:" + UTC.format(start.withZoneSameInstant(ZoneOffset.UTC)),
					"DTEND:" + UTC.format(start.withHour(12).withMinute(0).withZoneSameInstant(ZoneOffset.UTC)));
		}

		emails.planned(meeting);
		assertThat(queued("group-meeting-planned-" + meeting)).as("a second run queues nothing more").hasSize(4);

		assertThat(status(post(groups() + "/" + group + "/meetings/" + meeting + "/remove"))).isEqualTo(302);
		await().atMost(Duration.ofSeconds(30)).until(() -> meetingRecipients().size() >= 8);
		assertThat(meetingRecipients()).hasSize(8);
		for (long person : List.of(anna, bram, clara, coach)) {
			var received = meetingMails(email(person));
			assertThat(received).hasSize(2);
			assertThat(received).filteredOn(GroupMeetingEmailsTest::isCancel).hasSize(1);
			assertThat(calendar(cancellation(person))).contains("METHOD:CANCEL", "STATUS:CANCELLED", uid);
		}
		assertThat(cancellationSubject(anna))
			.isEqualTo("Kring Noord: groepsbijeenkomst op " + Formats.longDate(day, DUTCH) + " gaat niet door");
		assertThat(cancellationSubject(clara))
			.isEqualTo("Kring Noord: gruppemødet den " + Formats.longDate(day, DANISH) + " er aflyst");
		assertThat(TestSmtp.text(cancellation(bram))).contains("gaat niet door", "uit uw agenda");
	}

	@Test
	void aLaterMemberIsNotWrittenToAfterwardsAndWhoeverLeftOrWasErasedHearsNothingMore() throws Exception {
		long meeting = plan(LocalDate.now(COPENHAGEN).plusDays(60), "Aarhus, lokale 7");
		assertThat(queued("group-meeting-planned-" + meeting)).containsExactlyInAnyOrder(email(anna), email(bram),
				email(clara), email(coach));

		long dirk = member("Dirk Later", "nl");
		move(dirk);
		assertThat(status(post(groups() + "/" + group + "/members/" + bram + "/remove"))).isEqualTo(302);
		var claraView = people.findById(clara).orElseThrow();
		contributors.stream()
			.filter(c -> c.part().equals("groups"))
			.findFirst()
			.orElseThrow()
			.erase(new DataSubject(clara, claraView.email(), claraView.displayName(), DANISH));
		assertThat(queued("group-meeting-planned-" + meeting)).as("nothing sent afterwards for an earlier meeting")
			.doesNotContain(email(dirk));

		assertThat(status(post(groups() + "/" + group + "/meetings/" + meeting + "/remove"))).isEqualTo(302);
		assertThat(queued("group-meeting-cancelled-" + meeting))
			.as("the meeting was in the later member's group page and calendar feed, so its cancellation reaches them")
			.containsExactlyInAnyOrder(email(anna), email(dirk), email(coach));

		await().atMost(Duration.ofSeconds(30)).until(() -> meetingRecipients().size() >= 7);
		assertThat(meetingMails(email(dirk))).hasSize(1).allMatch(GroupMeetingEmailsTest::isCancel);
		assertThat(meetingMails(email(bram))).hasSize(1).noneMatch(GroupMeetingEmailsTest::isCancel);
		assertThat(meetingMails(email(clara))).hasSize(1).noneMatch(GroupMeetingEmailsTest::isCancel);
		assertThat(TestSmtp.text(cancellation(anna))).contains("Plaats: Aarhus, lokale 7");
	}

	@Test
	void aMeetingInThePastIsRecordedWithoutEmailAndDeletingAGroupCancelsItsComingMeetings() throws Exception {
		long past = plan(LocalDate.now(COPENHAGEN).minusDays(3), "Odense");
		long coming = plan(LocalDate.now(COPENHAGEN).plusDays(10), "Odense");
		assertThat(queued("group-meeting-planned-" + past)).isEmpty();
		assertThat(queued("group-meeting-planned-" + coming)).hasSize(4);

		assertThat(status(post(groups() + "/" + group + "/delete"))).isEqualTo(302);
		assertThat(queued("group-meeting-cancelled-" + coming)).containsExactlyInAnyOrder(email(anna), email(bram),
				email(clara), email(coach));
		assertThat(queued("group-meeting-cancelled-" + past)).isEmpty();
	}

	private long plan(LocalDate day, String place) throws Exception {
		assertThat(status(post(groups() + "/" + group + "/meetings").param("date", day.toString())
			.param("startTime", "09:30")
			.param("endTime", "12:00")
			.param("place", place))).isEqualTo(302);
		return jdbc.sql("select max(id) from cohort_group_meeting where group_id = :g")
			.param("g", group)
			.query(Long.class)
			.single();
	}

	private List<String> queued(String eventId) {
		return jdbc.sql("select recipient from outgoing_email where event_id = :event")
			.param("event", eventId)
			.query(String.class)
			.list();
	}

	private Map<String, String> subjects() {
		return TestSmtp.all()
			.stream()
			.filter(GroupMeetingEmailsTest::isAboutAMeeting)
			.filter(m -> !isCancel(m))
			.collect(Collectors.toMap(GroupMeetingEmailsTest::to, TestSmtp::subject, (a, b) -> a + " | " + b));
	}

	/**
	 * The emails about group meetings (the participants also get their enrolment's
	 * emails).
	 */
	private static boolean isAboutAMeeting(MimeMessage message) {
		try {
			return calendar(message).contains("UID:group-meeting-");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<MimeMessage> meetingMails(String address) {
		return TestSmtp.receivedBy(address).stream().filter(GroupMeetingEmailsTest::isAboutAMeeting).toList();
	}

	/** Who received an email about a meeting in this test, once per email. */
	private List<String> meetingRecipients() {
		return TestSmtp.all()
			.stream()
			.filter(GroupMeetingEmailsTest::isAboutAMeeting)
			.map(GroupMeetingEmailsTest::to)
			.filter(address -> address.endsWith("@" + domain))
			.toList();
	}

	private MimeMessage only(long person) {
		var received = meetingMails(email(person));
		assertThat(received).hasSize(1);
		return received.get(0);
	}

	private MimeMessage cancellation(long person) {
		return meetingMails(email(person)).stream().filter(GroupMeetingEmailsTest::isCancel).findFirst().orElseThrow();
	}

	private String cancellationSubject(long person) {
		return TestSmtp.subject(cancellation(person));
	}

	private static boolean isCancel(MimeMessage message) {
		try {
			return calendar(message).contains("METHOD:CANCEL");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String to(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The calendar attachment, unfolded (RFC 5545 folds lines over 75 octets). */
	private static String calendar(Part part) throws Exception {
		if (part.isMimeType("text/calendar") || (part.getFileName() != null && part.getFileName().endsWith(".ics"))) {
			try (InputStream in = part.getInputStream()) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n ", "");
			}
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = calendar(multipart.getBodyPart(i));
				if (!found.isEmpty()) {
					return found;
				}
			}
		}
		return "";
	}

	private String groups() {
		return "/secretary/cohorts/" + cohort + "/groups";
	}

	private void move(long person) throws Exception {
		assertThat(status(post(groups() + "/move").param("person", "" + person).param("group", "" + group)))
			.isEqualTo(302);
	}

	private long member(String name, String language) {
		long person = person(name, Role.PARTICIPANT, language);
		cohorts.enrol(cohort, person);
		return person;
	}

	private long cohort() {
		LocalDate today = LocalDate.now(COPENHAGEN);
		return cohorts.plan(catalogue.idOfSlug("ledertalentudvikling").orElseThrow(),
				new CohortSettings("Meet " + UUID.randomUUID().toString().substring(0, 8), today.plusDays(30),
						today.plusDays(200), "Odense", false, "Europe/Copenhagen", 30, 2, today.minusDays(5),
						today.plusDays(20), SeatRelease.CONFIRM_NEXT, 48));
	}

	private long person(String name, Role role, String language) {
		String address = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@" + domain;
		return people
			.ensureAccount(address, name, Locale.forLanguageTag(language), null, Set.of(role), "School " + name,
					"Leader")
			.id();
	}

	private String email(long person) {
		return people.findById(person).orElseThrow().email();
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		var p = people.findById(secretary).orElseThrow();
		var user = new CurrentUser(p.id(), p.email(), p.displayName(), p.preferredLanguage(), p.roles(), "", true);
		return mvc.perform(request.with(csrf()).with(user(user))).andReturn().getResponse().getStatus();
	}

}
