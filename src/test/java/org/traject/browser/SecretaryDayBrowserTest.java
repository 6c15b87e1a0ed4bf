package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.ProgrammeDetails;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.Sector;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.SeatRelease;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.Enrolments;
import org.traject.cohorts.internal.Manager;
import org.traject.people.Actor;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;

/**
 * A course secretary's working day, on a tablet (768 px wide) and on a desktop: the start
 * page lists each kind of item that needs doing, the secretary acts on two of them and
 * comes back to find them gone; the cohort overview filters, searches and sorts;
 * cancelling a cohort asks on a page of its own and can be backed out of. Every page is
 * checked with axe-core, and the main steps are taken with the keyboard.
 */
class SecretaryDayBrowserTest extends BrowserTest {

	private static final String IKC = "ontwikkeltraject-directeur-ikc";

	private static final String APPROVAL = "ledertalentudvikling";

	@Autowired
	CohortEditing editing;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	People people;

	@Autowired
	Enrolments enrolments;

	@Autowired
	JdbcClient jdbc;

	private final String run = UUID.randomUUID().toString().substring(0, 6);

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 768, 1280 })
	void theStartPageListsWhatNeedsDoingAndTheSecretaryActsOnTwoItems(int width) throws Exception {
		page.setViewportSize(width, 1000);
		long decision = cohort(IKC, "Decide", 10, 6, SeatRelease.CONFIRM_NEXT, 48);
		signUp(decision, "Dirk Decision", null);
		long lapsing = cohort(IKC, "Offer", 40, 1, SeatRelease.OFFER, 12);
		long leaving = signUp(lapsing, "Lotte Leaving", null);
		signUp(lapsing, "Otto Offered", null);
		enrolments.cancel(leaving, Actor.participant(personOf(leaving), null), "Plans changed");
		long approval = cohort(APPROVAL, "Approve", 40, 6, SeatRelease.CONFIRM_NEXT, 48);
		signUp(approval, "Anja Approval", new Manager("Mette Manager", "mette-" + run + "@example.org"));
		jdbc.sql("update enrolment set requested_at = now() - interval '9 days' where cohort_id = :id")
			.param("id", approval)
			.update();
		long freeSeat = waitlistBesideAFreePlace();
		editing.addSession(decision, null, "Kick-off " + run, Instant.now().minusSeconds(60),
				Instant.now().plus(Duration.ofHours(2)), "Utrecht");
		editing.addSession(lapsing, null, "Theme day " + run, Instant.now().plus(Duration.ofDays(3)),
				Instant.now().plus(Duration.ofDays(3)).plus(Duration.ofHours(6)), "Zwolle");
		long interest = programmeWithInterestList(5);
		failedEmail();

		signInAs(DemoUsers.SECRETARY);
		visit("/secretary?lang=en");
		assertThat(item("decisions", decision)).containsText("1 confirmed, minimum 2");
		assertThat(item("offers", lapsing)).containsText("1 open offer");
		assertThat(item("approvals", approval)).containsText("1 request awaits a manager’s approval");
		assertThat(item("changes", decision)).containsText("1 new sign-up");
		assertThat(item("changes", lapsing)).containsText("1 cancellation");
		assertThat(item("free-seats", freeSeat)).containsText("1 free place · 2 waiting");
		assertThat(page.locator("#sessions .sessions-today")).containsText("Kick-off " + run);
		assertThat(page.locator("#sessions .sessions-week")).containsText("Theme day " + run);
		assertThat(page.locator("#interest a[href='/secretary/programmes/" + interest + "/cohorts/new']"))
			.containsText("Interest " + run);
		assertThat(page.locator("#failed-emails .task-list-item")).containsText("could not be delivered");
		for (String section : List.of("decisions", "offers", "approvals", "changes", "free-seats", "sessions",
				"interest", "failed-emails")) {
			assertThat(page.locator("#" + section + " .task-count")).not().hasText("none");
		}
		if (width > 1000) {
			screenshot("secretary-start.png");
		}

		// first: decide with the keyboard that the small cohort goes ahead, and come back
		Locator decide = item("decisions", decision).locator("a.task-list-link");
		var focus = focusWithKeyboardFrom(decide);
		assertThat(focus.contrast()).as("focus indicator contrast").isGreaterThanOrEqualTo(3);
		page.keyboard().press("Enter");
		assertThat(page).hasURL(Pattern.compile("/secretary/cohorts/" + decision + "\\?from=start"));
		checkAccessibility();
		page.locator("#decide button.go-ahead").focus();
		page.keyboard().press("Enter");
		assertThat(page).hasURL(url("/secretary"));
		assertThat(page.locator(".flash-messages .alert-success")).isVisible();
		assertThat(item("decisions", decision)).hasCount(0);
		checkAccessibility();

		// second: give the free place to the first on the waitlist
		item("free-seats", freeSeat).locator("a.task-list-link").click();
		checkAccessibility();
		page.locator("#waitlist-table form.promote-form button").click();
		assertThat(page).hasURL(url("/secretary"));
		assertThat(page.locator(".flash-messages .alert-success")).isVisible();
		assertThat(item("free-seats", freeSeat)).hasCount(0);

		// and what came in since the last visit is marked as seen
		page.locator("#changes button.mark-seen").click();
		assertThat(page.locator("#changes .task-count")).hasText("none");
		assertThat(page.locator("#changes .empty-state")).hasText("Nothing waiting.");
		checkAccessibility();
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 768, 1280 })
	void theCohortOverviewFiltersSearchesAndSorts(int width) {
		page.setViewportSize(width, 1000);
		long none = cohort(IKC, "Sort", 30, 3, SeatRelease.CONFIRM_NEXT, 48);
		long two = cohort(IKC, "Sort", 31, 1, SeatRelease.CONFIRM_NEXT, 48);
		for (String name : List.of("Sam Seated", "Wout Waiting", "Wil Waiting")) {
			signUp(two, name, null);
		}
		long one = cohort(IKC, "Sort", 32, 1, SeatRelease.CONFIRM_NEXT, 48);
		signUp(one, "Sara Seated", null);
		signUp(one, "Willem Waiting", null);

		signInAs(DemoUsers.SECRETARY);
		visit("/secretary/cohorts?lang=en");
		page.locator("#filter-q").fill("Sort " + run);
		page.locator("#filter-q").press("Enter");
		Locator rows = page.locator("#cohort-table tbody tr");
		assertThat(rows).hasCount(3);
		assertThat(page.locator(".result-count")).hasText("3 cohorts · page 1 of 1");
		assertThat(page).hasURL(Pattern.compile("q=Sort"));

		page.locator("#cohort-table th a.sort-link", new Page.LocatorOptions().setHasText("Waitlist")).click();
		assertThat(page.locator("#cohort-table th[aria-sort=ascending]")).containsText("Waitlist");
		assertThat(rows.first().locator("a").first()).hasAttribute("href", "/secretary/cohorts/" + none);
		page.locator("#cohort-table th a.sort-link", new Page.LocatorOptions().setHasText("Waitlist")).click();
		assertThat(page.locator("#cohort-table th[aria-sort=descending]")).containsText("Waitlist");
		assertThat(rows.first().locator("a").first()).hasAttribute("href", "/secretary/cohorts/" + two);
		assertThat(rows.nth(1).locator("a").first()).hasAttribute("href", "/secretary/cohorts/" + one);
		assertThat(rows.first().locator("meter")).hasAttribute("value", "1");
		checkAccessibility();

		page.locator("#filter-waitlist").check();
		assertThat(rows).hasCount(2);
		assertThat(page).hasURL(Pattern.compile("waitlist=true"));
		page.locator("#filter-places").selectOption("full");
		assertThat(rows).hasCount(2);
		page.locator("#filter-waitlist").uncheck();
		page.locator("#filter-places").selectOption("free");
		assertThat(rows).hasCount(1);
		assertThat(rows.first().locator("a").first()).hasAttribute("href", "/secretary/cohorts/" + none);
		checkAccessibility();

		// the filter lives in the URL: the same address shows the same list
		String filtered = page.url();
		page.navigate(filtered);
		assertThat(rows).hasCount(1);
		assertThat(page.locator("#filter-places")).hasValue("free");
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 768, 1280 })
	void cancellingACohortAsksOnAPageOfItsOwnAndCanBeBackedOutOf(int width) throws Exception {
		page.setViewportSize(width, 1000);
		long cohort = cohort(IKC, "Cancel", 40, 5, SeatRelease.CONFIRM_NEXT, 48);
		signUp(cohort, "Cas Confirmed", null);

		signInAs(DemoUsers.SECRETARY);
		visit("/secretary/cohorts/" + cohort + "?lang=en");
		assertThat(page.locator(".cohort-summary")).containsText("Minimum-numbers decision");
		assertThat(page.locator(".cohort-summary .cohort-status")).containsText("Open");
		Boolean dangerLast = (Boolean) page.evaluate(
				"""
						() => { const roster = document.getElementById('roster'), danger = document.querySelector('.danger-zone');
						        return !!(roster.compareDocumentPosition(danger) & Node.DOCUMENT_POSITION_FOLLOWING); }""");
		assertThat(dangerLast).as("the danger zone comes after the roster").isTrue();
		if (width > 1000) {
			screenshot("secretary-cohort.png");
		}

		page.locator(".danger-zone a.cancel-cohort-link").click();
		assertThat(page.locator("h1")).hasText("Cancel this cohort?");
		assertThat(page.locator(".cancel-affected")).containsText("1 with a place");
		checkAccessibility();
		// backing out with the keyboard changes nothing
		focusWithKeyboardFrom(page.locator("a.back-out"));
		page.keyboard().press("Enter");
		assertThat(page).hasURL(url("/secretary/cohorts/" + cohort));
		assertThat(page.locator(".cohort-summary .cohort-status")).containsText("Open");
		assertThat(page.locator("#seated-table")).containsText("Cas Confirmed");

		page.locator(".danger-zone a.cancel-cohort-link").click();
		page.locator("button.confirm-cancel").click();
		assertThat(page.locator("#cancel-cohort-reason-error")).containsText("Give a reason");
		assertThat(page.locator("h1")).hasText("Cancel this cohort?");
		checkAccessibility();
		page.locator("#cancel-cohort-reason").fill("Too few sign-ups " + run);
		page.locator("button.confirm-cancel").click();
		assertThat(page).hasURL(url("/secretary/cohorts/" + cohort));
		assertThat(page.locator(".flash-messages .alert-success")).isVisible();
		assertThat(page.locator(".cohort-summary .cohort-status")).containsText("Cancelled");
		assertThat(page.locator(".danger-zone")).hasCount(0);
		checkAccessibility();
	}

	@org.junit.jupiter.api.Test
	void theStyleGuideDrawsEveryComponentAccessibly() {
		signInAs(DemoUsers.ADMIN);
		visit("/dev/components?lang=en");
		assertThat(page.locator(".summary-list .summary-list-row")).hasCount(2);
		assertThat(page.locator(".status .status-symbol")).hasCount(6);
		assertThat(page.locator(".notification-banner")).containsText("This cannot be undone");
		assertThat(page.locator(".danger-zone")).isVisible();
		assertThat(page.locator(".empty-state")).hasText("Nothing waiting.");
	}

	/** Tabs from the top of the page to the target, as a keyboard user would. */
	private FocusIndicator focusWithKeyboardFrom(Locator target) {
		page.locator("body").focus();
		page.evaluate("() => document.activeElement && document.activeElement.blur()");
		return focusWithKeyboard(target);
	}

	private Locator item(String section, long cohortId) {
		return page.locator("#" + section + " .task-list-item")
			.filter(new Locator.FilterOptions()
				.setHas(page.locator("a[href^='/secretary/cohorts/" + cohortId + "?from=start']")));
	}

	private long cohort(String slug, String name, int startsInDays, int capacity, SeatRelease release, int offerHours) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		long id = editing.create(programmes.idOfSlug(slug).orElseThrow(),
				new CohortSettings(name + " " + run + " " + UUID.randomUUID().toString().substring(0, 4),
						today.plusDays(startsInDays), today.plusDays(startsInDays + 30), "Utrecht", false,
						"Europe/Amsterdam", capacity, Math.min(capacity, 2), today.minusDays(3),
						today.plusDays(startsInDays), release, offerHours));
		editing.openForEnrolment(id, editing.find(id).orElseThrow().version());
		return id;
	}

	private long signUp(long cohort, String name, Manager manager) {
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + UUID.randomUUID() + "@example.org";
		long person = people
			.ensureAccount(email, name, Locale.ENGLISH, DemoUsers.PASSWORD, Set.of(Role.PARTICIPANT), "School",
					"Leader")
			.id();
		return enrolments.signUp(cohort, Actor.participant(person, name), manager).enrolmentId();
	}

	private long personOf(long enrolment) {
		return jdbc.sql("select person_id from enrolment where id = :id")
			.param("id", enrolment)
			.query(Long.class)
			.single();
	}

	/**
	 * One place, taken and given back after the enrolment window closed: nobody is
	 * promoted automatically, two wait beside the free place.
	 */
	private long waitlistBesideAFreePlace() {
		long cohort = cohort(IKC, "Free", 40, 1, SeatRelease.CONFIRM_NEXT, 48);
		long seated = signUp(cohort, "Floor First", null);
		signUp(cohort, "Wanda Waiting", null);
		signUp(cohort, "Wim Waiting", null);
		var c = editing.find(cohort).orElseThrow();
		LocalDate yesterday = LocalDate.now(c.zone()).minusDays(1);
		editing.update(cohort, c.version(),
				new CohortSettings(c.code(), c.startDate(), c.endDate(), c.location(), c.online(), c.timeZone(),
						c.capacity(), c.minParticipants(), yesterday.minusDays(5), yesterday, c.seatRelease(),
						c.offerHours()));
		enrolments.cancel(seated, Actor.participant(personOf(seated), null), "Plans changed");
		return cohort;
	}

	private long programmeWithInterestList(int people) {
		String slug = "interest-" + run;
		long id = programmes.create(new ProgrammeDetails(slug, "Interest " + run, "A programme people wait for", "en",
				ProgrammeFormat.TALENT_PROGRAMME, Set.of(), Set.of(Sector.PRIMARY), "", "", "", "", "", 0, "EUR", null,
				null, null, false, null));
		programmes.addModule(id, ModuleType.THEME_DAY, "Theme day", BigDecimal.ONE, "");
		for (int i = 0; i < people; i++) {
			jdbc.sql(
					"""
							insert into interest_registration (programme_id, email, language, status, registered_at, confirmed_at)
							values (:programme, :email, 'en', 'WAITING', now(), now())""")
				.param("programme", id)
				.param("email", "waiting-" + i + "-" + run + "@example.org")
				.update();
		}
		return id;
	}

	private void failedEmail() {
		jdbc.sql(
				"""
						insert into outgoing_email (event_id, kind, recipient, language, subject, html_body, text_body, status,
						                            attempts, last_error)
						values (:event, 'TEST', 'nobody@example.org', 'en', 'Test', '<p>Test</p>', 'Test', 'FAILED', 5, 'refused')""")
			.param("event", "secretary-day-" + run)
			.update();
	}

	private void screenshot(String name) throws Exception {
		Path folder = Path.of("target", "browser-screenshots");
		Files.createDirectories(folder);
		page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name)));
	}

}
