package org.traject.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.Enrolments;
import org.traject.cohorts.internal.Manager;
import org.traject.people.People;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class EnrolmentWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Enrolments enrolments;

	@Autowired
	CohortEditing editing;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	EnrolmentFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new EnrolmentFixtures(editing, programmes, people, jdbc);
	}

	private UserDetails userFor(long personId) {
		return users.loadUserByUsername(people.findById(personId).orElseThrow().email());
	}

	/**
	 * The flash message travels in the session, which lives in PostgreSQL: follow the
	 * redirect with its cookie.
	 */
	private static jakarta.servlet.http.Cookie sessionOf(MvcResult result) {
		var cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aVisitorCreatesAnAccountOnTheSpotAndIsToldToReadTheirEmail() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 3, SeatRelease.CONFIRM_NEXT);
		String email = "visitor-" + UUID.randomUUID() + "@example.org";
		MvcResult posted = mvc
			.perform(post("/signup/" + cohort).with(csrf())
				.param("name", "Vera Visitor")
				.param("email", email)
				.param("organisation", "OBS De Linde")
				.param("jobTitle", "Directeur")
				.param("language", "nl"))
			.andReturn();
		assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/signup/" + cohort + "/done");
		String page = body(
				mvc.perform(get("/signup/" + cohort + "/done").cookie(sessionOf(posted)).locale(Locale.ENGLISH))
					.andReturn());
		assertThat(page).contains("Check your email").contains(email).doesNotContain("You have a place");
		var person = people.findByEmail(email).orElseThrow();
		assertThat(person.organisation()).isEqualTo("OBS De Linde");
		assertThat(person.preferredLanguage()).isEqualTo("nl");
		assertThat(enrolments.ofPerson(person.id())).singleElement()
			.satisfies(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.CONFIRMED));
	}

	@Test
	void theSignUpFormSaysWhatIsMissingBesideEachField() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.APPROVAL_PROGRAMME, 3, SeatRelease.CONFIRM_NEXT);
		String page = body(mvc
			.perform(post("/signup/" + cohort).with(csrf())
				.param("email", "not-an-address")
				.param("language", "en")
				.locale(Locale.ENGLISH))
			.andReturn());
		assertThat(page).contains("There is a problem")
			.contains("Enter your name.")
			.contains("Enter an email address like name@example.org.")
			.contains("Enter your manager’s email address.")
			.contains("id=\"name-error\"");
		assertThat(jdbc.sql("select count(*) from enrolment where cohort_id = :c")
			.param("c", cohort)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anExistingAddressGetsTheSameAnswerAsANewOneAndItsHolderAnEmail() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 3, SeatRelease.CONFIRM_NEXT);
		String fresh = "fresh-" + UUID.randomUUID() + "@example.org";
		String existing = DemoUsers.PARTICIPANT.toUpperCase(Locale.ROOT);
		String forFresh = visitorSignUp(cohort, fresh);
		String forExisting = visitorSignUp(cohort, existing);

		assertThat(forExisting).contains("Check your email")
			.doesNotContain("An account with this email address exists");
		assertThat(forExisting.replace(existing, fresh)).isEqualTo(forFresh);
		long participant = people.findByEmail(DemoUsers.PARTICIPANT).orElseThrow().id();
		assertThat(enrolments.ofPerson(participant)).noneMatch(e -> e.cohortId() == cohort);
		assertThat(emailTo(DemoUsers.PARTICIPANT, "signup-existing-account")).contains("Someone, probably you")
			.contains("/my/signup/" + cohort)
			.contains("/account/password-reset");
	}

	/**
	 * A sign-up committed, its answer lost (an instance died), the form sent again: the
	 * email says where they stand.
	 */
	@Test
	void signingUpAgainWithoutAPasswordYetEmailsThePlaceAndANewLinkToChooseOne() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		enrolments.signUp(cohort, fixtures.participant(fixtures.person("Seat Holder")), null);
		String email = "retry-" + UUID.randomUUID() + "@example.org";
		String first = visitorSignUp(cohort, email);
		String again = visitorSignUp(cohort, email);

		assertThat(again).isEqualTo(first);
		long person = people.findByEmail(email).orElseThrow().id();
		assertThat(enrolments.ofPerson(person)).singleElement()
			.satisfies(e -> assertThat(e.status()).isEqualTo(EnrolmentStatus.WAITLISTED));
		String reminder = emailTo(email, "signup-existing-account");
		assertThat(reminder).contains("You are already signed up for this cohort: you are number 1 on the waitlist")
			.contains("You have not chosen a password yet");
		var link = java.util.regex.Pattern.compile("/account/confirm/[A-Za-z0-9_-]{20,}").matcher(reminder);
		assertThat(link.find()).isTrue();
		MvcResult chosen = mvc
			.perform(post(link.group()).with(csrf())
				.param("password", "a-good-long-password")
				.param("confirmation", "a-good-long-password"))
			.andReturn();
		assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo("/my");
	}

	private String visitorSignUp(long cohort, String email) throws Exception {
		MvcResult posted = mvc
			.perform(post("/signup/" + cohort).with(csrf())
				.param("name", "Someone")
				.param("email", email)
				.param("organisation", "School")
				.param("jobTitle", "Teacher")
				.param("language", "en"))
			.andReturn();
		assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/signup/" + cohort + "/done");
		return body(mvc.perform(get("/signup/" + cohort + "/done").cookie(sessionOf(posted)).locale(Locale.ENGLISH))
			.andReturn());
	}

	private String emailTo(String recipient, String kind) {
		return org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(15))
			.until(() -> jdbc
				.sql("""
						select text_body from outgoing_email where recipient = :to and kind = :kind order by id desc limit 1""")
				.param("to", recipient)
				.param("kind", kind)
				.query(String.class)
				.optional(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	@Test
	void aSecondSignUpSaysKindlyThatThereIsNothingMoreToDo() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		var anna = userFor(fixtures.person("Anna"));
		mvc.perform(post("/signup/" + cohort).with(csrf()).with(user(anna)));
		String again = body(mvc.perform(post("/signup/" + cohort).with(csrf()).with(user(anna)).locale(Locale.ENGLISH))
			.andReturn());
		assertThat(again).contains("You are already signed up for this cohort").contains("/my/enrolments");
	}

	@Test
	void aParticipantSeesTheirEnrolmentWithItsWaitlistPlaceButNotSomeoneElses() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		long anna = fixtures.person("Anna");
		long bram = fixtures.person("Bram");
		var a = enrolments.signUp(cohort, fixtures.participant(anna), null);
		var b = enrolments.signUp(cohort, fixtures.participant(bram), null);
		String list = body(
				mvc.perform(get("/my/enrolments").with(user(userFor(bram))).locale(Locale.ENGLISH)).andReturn());
		assertThat(list).contains("waitlisted #1");
		String detail = body(
				mvc.perform(get("/my/enrolments/" + b.enrolmentId()).with(user(userFor(bram))).locale(Locale.ENGLISH))
					.andReturn());
		assertThat(detail).contains("You are number 1 on the waitlist").contains("History");
		assertThat(mvc.perform(get("/my/enrolments/" + a.enrolmentId()).with(user(userFor(bram))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc
			.perform(post("/my/enrolments/" + a.enrolmentId() + "/cancel").with(csrf()).with(user(userFor(bram))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(enrolments.outcome(a.enrolmentId()).orElseThrow().status()).isEqualTo(EnrolmentStatus.CONFIRMED);
	}

	@Test
	void aParticipantInACompletedCohortIsOfferedNoCancellationAndCannotForceOne() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 3, SeatRelease.CONFIRM_NEXT);
		long anna = fixtures.person("Anna");
		var a = enrolments.signUp(cohort, fixtures.participant(anna), null);
		String before = body(
				mvc.perform(get("/my/enrolments/" + a.enrolmentId()).with(user(userFor(anna))).locale(Locale.ENGLISH))
					.andReturn());
		assertThat(before).contains("/my/enrolments/" + a.enrolmentId() + "/cancel");
		fixtures.changeStatus(cohort, CohortStatus.COMPLETED);

		String after = body(
				mvc.perform(get("/my/enrolments/" + a.enrolmentId()).with(user(userFor(anna))).locale(Locale.ENGLISH))
					.andReturn());
		mvc.perform(post("/my/enrolments/" + a.enrolmentId() + "/cancel").with(csrf()).with(user(userFor(anna))));
		var secretary = users.loadUserByUsername(DemoUsers.SECRETARY);
		String panel = body(mvc
			.perform(get("/secretary/cohorts/" + cohort + "/enrolments/" + a.enrolmentId()).with(user(secretary))
				.header("HX-Request", "true")
				.locale(Locale.ENGLISH))
			.andReturn());

		assertThat(after).doesNotContain("/my/enrolments/" + a.enrolmentId() + "/cancel");
		assertThat(panel).contains("History").doesNotContain("/enrolments/" + a.enrolmentId() + "/cancel");
		assertThat(enrolments.outcome(a.enrolmentId()).orElseThrow().status()).isEqualTo(EnrolmentStatus.CONFIRMED);
		assertThat(fixtures.seatsHeld(cohort)).isEqualTo(1);
	}

	@Test
	void aCohortWithoutSessionsOffersNoCalendarUntilItHasSessions() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 3, SeatRelease.CONFIRM_NEXT);
		long anna = fixtures.person("Anna");
		var a = enrolments.signUp(cohort, fixtures.participant(anna), null);
		String link = "/cohorts/" + cohort + "/calendar.ics";

		assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(body(mvc.perform(get("/programmes/" + EnrolmentFixtures.PLAIN_PROGRAMME).locale(Locale.ENGLISH))
			.andReturn())).doesNotContain(link);
		assertThat(body(
				mvc.perform(get("/my/enrolments/" + a.enrolmentId()).with(user(userFor(anna))).locale(Locale.ENGLISH))
					.andReturn()))
			.doesNotContain(link);

		var start = java.time.LocalDate.now()
			.plusDays(31)
			.atTime(9, 0)
			.atZone(java.time.ZoneId.of("Europe/Amsterdam"))
			.toInstant();
		editing.addSession(cohort, null, "Kick-off", start, start.plusSeconds(6 * 3600), null);

		assertThat(body(mvc.perform(get(link)).andReturn())).contains("BEGIN:VEVENT").contains("Kick-off");
		assertThat(body(mvc.perform(get("/programmes/" + EnrolmentFixtures.PLAIN_PROGRAMME).locale(Locale.ENGLISH))
			.andReturn())).contains(link);
		assertThat(body(
				mvc.perform(get("/my/enrolments/" + a.enrolmentId()).with(user(userFor(anna))).locale(Locale.ENGLISH))
					.andReturn()))
			.contains(link);
	}

	@Test
	void theManagersLinkOpensOnlyItsOwnEnrolmentAndOnlyOnce() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.APPROVAL_PROGRAMME, 3, SeatRelease.CONFIRM_NEXT);
		long anna = fixtures.person("Anna Approval");
		var request = enrolments.signUp(cohort, fixtures.participant(anna), new Manager("Mona", "mona@example.org"));
		String link = events.stream(ApprovalRequested.class)
			.filter(e -> e.enrolmentId() == request.enrolmentId())
			.findFirst()
			.orElseThrow()
			.approvalLink();
		String page = body(mvc.perform(get(link).locale(Locale.ENGLISH)).andReturn());
		assertThat(page).contains("Anna Approval").contains("Do you approve this enrolment?");
		assertThat(mvc.perform(get(link + "x")).andReturn().getResponse().getStatus()).isEqualTo(404);
		MvcResult approved = mvc.perform(post(link).with(csrf()).param("decision", "approve")).andReturn();
		assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo(link);
		assertThat(body(mvc.perform(get(link).cookie(sessionOf(approved)).locale(Locale.ENGLISH)).andReturn()))
			.contains("the enrolment is approved");
		assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(enrolments.outcome(request.enrolmentId()).orElseThrow().status())
			.isEqualTo(EnrolmentStatus.CONFIRMED);
	}

	@Test
	void aSecretaryMovesSomeoneOnTheWaitlistInPlaceWithHtmx() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		enrolments.signUp(cohort, fixtures.participant(fixtures.person("Anna")), null);
		var b = enrolments.signUp(cohort, fixtures.participant(fixtures.person("Bram")), null);
		var c = enrolments.signUp(cohort, fixtures.participant(fixtures.person("Cas")), null);
		var secretary = users.loadUserByUsername(DemoUsers.SECRETARY);
		String fragment = body(mvc
			.perform(post("/secretary/cohorts/" + cohort + "/enrolments/" + c.enrolmentId() + "/move").with(csrf())
				.with(user(secretary))
				.header("HX-Request", "true")
				.param("direction", "up")
				.param("reason", "Nearer to the venue")
				.locale(Locale.ENGLISH))
			.andReturn());
		assertThat(fragment).startsWith("<div id=\"roster\"")
			.doesNotContain("<html")
			.contains("The waitlist is changed and the move recorded.")
			.contains("History and actions of Cas");
		assertThat(enrolments.outcome(c.enrolmentId()).orElseThrow().waitlistPosition()).isEqualTo(1);

		// the history opens on demand: in the row with htmx, as a page of its own without
		String panel = body(mvc
			.perform(get("/secretary/cohorts/" + cohort + "/enrolments/" + c.enrolmentId()).with(user(secretary))
				.header("HX-Request", "true")
				.locale(Locale.ENGLISH))
			.andReturn());
		assertThat(panel).startsWith("<div class=\"line-actions\"")
			.doesNotContain("<html")
			.contains("Moved on the waitlist from number 2 to number 1")
			.contains("Nearer to the venue")
			.contains("/secretary/cohorts/" + cohort + "/enrolments/" + c.enrolmentId() + "/cancel");
		String page = body(mvc
			.perform(get("/secretary/cohorts/" + cohort + "/enrolments/" + c.enrolmentId()).with(user(secretary))
				.locale(Locale.ENGLISH))
			.andReturn());
		assertThat(page).contains("<html").contains("Back to the roster of").contains("Nearer to the venue");
		long other = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		assertThat(
				mvc.perform(get("/secretary/cohorts/" + other + "/enrolments/" + c.enrolmentId()).with(user(secretary)))
					.andReturn()
					.getResponse()
					.getStatus())
			.as("not an enrolment of that cohort")
			.isEqualTo(404);
		assertThat(enrolments.outcome(b.enrolmentId()).orElseThrow().waitlistPosition()).isEqualTo(2);

		MvcResult withoutReason = mvc
			.perform(post("/secretary/cohorts/" + cohort + "/enrolments/" + b.enrolmentId() + "/move").with(csrf())
				.with(user(secretary))
				.param("direction", "up"))
			.andReturn();
		assertThat(withoutReason.getResponse().getRedirectedUrl()).isEqualTo("/secretary/cohorts/" + cohort);
		assertThat(withoutReason.getFlashMap().get("flashError")).isEqualTo("enrolment.console.reasonRequired");
		assertThat(enrolments.outcome(b.enrolmentId()).orElseThrow().waitlistPosition()).isEqualTo(2);

		// cancelled from its page without JavaScript: back on the roster; its panel keeps
		// the history, offers no actions
		MvcResult cancelled = mvc
			.perform(post("/secretary/cohorts/" + cohort + "/enrolments/" + b.enrolmentId() + "/cancel").with(csrf())
				.with(user(secretary))
				.param("reason", "Moved to another school"))
			.andReturn();
		assertThat(cancelled.getResponse().getRedirectedUrl()).isEqualTo("/secretary/cohorts/" + cohort);
		String ended = body(mvc
			.perform(get("/secretary/cohorts/" + cohort + "/enrolments/" + b.enrolmentId()).with(user(secretary))
				.header("HX-Request", "true")
				.locale(Locale.ENGLISH))
			.andReturn());
		assertThat(ended).contains("Moved to another school")
			.doesNotContain("/enrolments/" + b.enrolmentId() + "/cancel")
			.doesNotContain("/enrolments/" + b.enrolmentId() + "/transfer");
	}

	@Test
	void theRosterExportsAsASpreadsheetWithTheRows() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 2, SeatRelease.CONFIRM_NEXT);
		enrolments.signUp(cohort, fixtures.participant(fixtures.person("Anna Export")), null);
		enrolments.signUp(cohort, fixtures.participant(fixtures.person("Bram Export")), null);
		enrolments.signUp(cohort, fixtures.participant(fixtures.person("Cas Export")), null);
		var secretary = users.loadUserByUsername(DemoUsers.SECRETARY);
		var response = mvc
			.perform(get("/secretary/cohorts/" + cohort + "/roster.xlsx").with(user(secretary))
				.locale(Locale.forLanguageTag("nl")))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition")).contains("deelnemers.xlsx");
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Naam");
			assertThat(rows).hasSize(3);
			assertThat(rows.subList(1, 3)).extracting(r -> r.getCellText(0))
				.containsExactlyInAnyOrder("Anna Export", "Bram Export");
			assertThat(rows.get(1).getCellText(4)).isEqualTo("bevestigd");
		}
		String csv = mvc
			.perform(get("/secretary/cohorts/" + cohort + "/waitlist.csv").with(user(secretary))
				.locale(Locale.forLanguageTag("da")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF\"Navn\";\"E-mail\"").contains("\"Cas Export\"").contains(";\"1\";");
	}

	@Test
	void aProgrammeWithoutAnOpenCohortOffersItsInterestListAlsoToVisitors() throws Exception {
		String page = body(mvc.perform(get("/programmes/laeringsdag-barnets-foerste-1000-dage").locale(Locale.ENGLISH))
			.andReturn());
		assertThat(page).contains("Tell me when a next cohort opens").contains("name=\"email\"");
		long programme = fixtures.programme("laeringsdag-barnets-foerste-1000-dage");
		String email = "curious-" + UUID.randomUUID() + "@example.org";
		MvcResult registered = mvc.perform(post("/interest/" + programme).with(csrf()).param("email", email))
			.andReturn();
		assertThat(registered.getResponse().getRedirectedUrl())
			.isEqualTo("/programmes/laeringsdag-barnets-foerste-1000-dage#interest");
		assertThat(registered.getFlashMap().get("flashSuccess")).isEqualTo("enrolment.interest.CHECK_EMAIL");
		var event = events.stream(InterestRegistered.class)
			.filter(e -> e.email().equals(email))
			.findFirst()
			.orElseThrow();
		assertThat(event.confirmationLink()).startsWith("/interest/confirm/");
		MvcResult confirmed = mvc.perform(post(event.confirmationLink()).with(csrf())).andReturn();
		assertThat(confirmed.getFlashMap().get("flashSuccess")).isEqualTo("enrolment.interest.confirmed.CONFIRMED");
	}

	@Test
	void theStartPageListsADecisionOnlyWhenItIsDueAndSaysWhatTheFigureMeans() throws Exception {
		long soon = fixtures.openCohortStartingIn(EnrolmentFixtures.PLAIN_PROGRAMME, 7, 10);
		long later = fixtures.openCohortStartingIn(EnrolmentFixtures.PLAIN_PROGRAMME, 7, 60);
		enrolments.signUp(soon, fixtures.participant(fixtures.person("Early Bird")), null);
		enrolments.signUp(later, fixtures.participant(fixtures.person("Planner")), null);

		var page = startPage();
		String start = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
			.withLocale(Locale.UK)
			.format(editing.find(soon).orElseThrow().startDate());

		var decisions = page.select("section#decisions");
		var item = decisions.select(".task-list-item:has(a[href^=/secretary/cohorts/" + soon + "?])");
		assertThat(item.select(".task-list-hint").text()).isEqualTo("1 confirmed, minimum 2 · starts " + start);
		assertThat(item.select(".status").text()).contains("decide now");
		assertThat(item.select("a").attr("href")).isEqualTo("/secretary/cohorts/" + soon + "?from=start#decide");
		assertThat(decisions.select("a[href^=/secretary/cohorts/" + later + "?]"))
			.as("below its minimum, but the decision is weeks away")
			.isEmpty();
	}

	@Test
	void theSecretaryStartPageListsAWaitlistBesideAFreePlaceAndTheOverviewFiltersByAttention() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		enrolments.signUp(cohort, fixtures.participant(fixtures.person("Anna")), null);
		enrolments.signUp(cohort, fixtures.participant(fixtures.person("Bram")), null);
		assertThat(startPage().select("section#free-seats a[href^=/secretary/cohorts/" + cohort + "?]"))
			.as("full: nobody can be given a place")
			.isEmpty();
		assertThat(startPage().select("section#changes a[href^=/secretary/cohorts/" + cohort + "?]").text())
			.as("two sign-ups since the last visit")
			.isNotEmpty();
		String list = body(mvc
			.perform(get("/secretary/cohorts").param("attention", "true")
				.param("q", codeOf(cohort))
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY)))
				.locale(Locale.ENGLISH))
			.andReturn());
		assertThat(list).contains("/secretary/cohorts/" + cohort + "\"");
		long small = fixtures.openCohortStartingIn(EnrolmentFixtures.PLAIN_PROGRAMME, 5, 14);
		enrolments.signUp(small, fixtures.participant(fixtures.person("Only One")), null);
		String attention = body(mvc
			.perform(get("/secretary/cohorts").param("attention", "true")
				.param("q", codeOf(small))
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY)))
				.locale(Locale.ENGLISH))
			.andReturn());
		assertThat(attention).as("below its minimum of 2, starting within the decision window")
			.contains("/secretary/cohorts/" + small + "\"");
		long full = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 2, SeatRelease.CONFIRM_NEXT);
		enrolments.signUp(full, fixtures.participant(fixtures.person("First")), null);
		enrolments.signUp(full, fixtures.participant(fixtures.person("Second")), null);
		assertThat(body(mvc
			.perform(get("/secretary/cohorts").param("attention", "true")
				.param("q", codeOf(full))
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn())).as("full, at its minimum, nobody waiting")
			.doesNotContain("/secretary/cohorts/" + full + "\"");
	}

	/**
	 * The cohort's code: the overview is searched for it, so the cohorts other tests left
	 * in the shared database do not push it off the first page.
	 */
	private String codeOf(long cohort) {
		return editing.find(cohort).orElseThrow().code();
	}

	private org.jsoup.nodes.Document startPage() throws Exception {
		return org.jsoup.Jsoup.parse(body(mvc
			.perform(get("/secretary").with(user(users.loadUserByUsername(DemoUsers.SECRETARY))).locale(Locale.ENGLISH))
			.andReturn()));
	}

}
