package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Download;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.people.Actor;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.internal.Enrolments;
import org.traject.cohorts.SeatRelease;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;

/** The main enrolment journeys in a real browser, every page checked with axe-core. */
class EnrolmentBrowserTest extends BrowserTest {

	@Autowired
	CohortEditing editing;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	People people;

	@Autowired
	Enrolments enrolments;

	private long openCohort(int capacity, SeatRelease release) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		long id = editing.create(programmes.idOfSlug("ontwikkeltraject-directeur-ikc").orElseThrow(),
				new CohortSettings("Browser " + UUID.randomUUID().toString().substring(0, 6), today.plusDays(30),
						today.plusDays(60), "Utrecht", false, "Europe/Amsterdam", capacity, 1, today.minusDays(3),
						today.plusDays(20), release, 48));
		editing.openForEnrolment(id, editing.find(id).orElseThrow().version());
		return id;
	}

	private People.PersonView account(String name) {
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + UUID.randomUUID() + "@example.org";
		return people.ensureAccount(email, name, Locale.ENGLISH, DemoUsers.PASSWORD, Set.of(Role.PARTICIPANT),
				"IKC De Vlinder", "Directeur");
	}

	/**
	 * A visitor with an account: from the sign-up form to sign-in and straight back to
	 * the form, then signs up.
	 */
	private void signUpAsVisitor(long cohortId, People.PersonView person) {
		context.clearCookies();
		visit("/signup/" + cohortId);
		page.locator("a[href$='/my/signup/" + cohortId + "']").click();
		page.locator("#email").fill(person.email());
		page.locator("#password").fill(DemoUsers.PASSWORD);
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(url("/signup/" + cohortId));
		assertThat(page.locator("main")).containsText(person.displayName());
		checkAccessibility();
		page.locator("main form[action$='/signup/" + cohortId + "'] button[type=submit]").click();
		assertThat(page).hasURL(url("/signup/" + cohortId + "/done"));
		checkAccessibility();
	}

	@Test
	void theLastSeatGoesToTheFirstTheNextWaitsAndGetsTheSeatOfferedWhenItFrees() {
		page.onDialog(Dialog::accept);
		long cohort = openCohort(2, SeatRelease.OFFER);
		enrolments.signUp(cohort, Actor.participant(account("Early Bird").id(), null), null);
		var first = account("Fenna First");
		var second = account("Sem Second");

		signUpAsVisitor(cohort, first);
		assertThat(page.locator("h1")).hasText("You have a place");
		assertThat(page.locator(".outcome .status")).containsText("confirmed");
		page.locator("a[href*='/my/enrolments/']").click();
		String firstEnrolment = page.url();

		signUpAsVisitor(cohort, second);
		assertThat(page.locator("h1")).hasText("You are on the waitlist");
		assertThat(page.locator("main")).containsText("You are number 1 on the waitlist");
		assertThat(page.locator(".outcome .status")).containsText("waitlisted #1");

		context.clearCookies();
		signInAs(first.email());
		page.navigate(firstEnrolment);
		checkAccessibility();
		page.locator("#cancel-reason").fill("Our inspection visit moved to that week");
		page.locator("form.cancel-form button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("Your enrolment is cancelled");
		assertThat(page.locator(".lead .status")).containsText("cancelled");
		assertThat(page.locator(".enrolment-history")).containsText("Our inspection visit moved to that week");
		checkAccessibility();

		context.clearCookies();
		signInAs(second.email());
		visit("/my/enrolments");
		assertThat(page.locator(".enrolment-cards .status")).containsText("offer until");
		page.locator(".enrolment-cards button",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("Accept the place"))
			.click();
		assertThat(page.locator(".alert-success")).containsText("You accepted the place");
		assertThat(page.locator(".lead .status")).containsText("confirmed");
		checkAccessibility();
	}

	@Test
	void aSecretaryReordersTheWaitlistWithAReasonAndExportsTheRoster() throws Exception {
		page.onDialog(Dialog::accept);
		long cohort = openCohort(1, SeatRelease.CONFIRM_NEXT);
		var seated = account("Roos Roster");
		var waiting = account("Wim Waiting");
		var jumping = account("Jet Jumper");
		enrolments.signUp(cohort, Actor.participant(seated.id(), null), null);
		enrolments.signUp(cohort, Actor.participant(waiting.id(), null), null);
		long jumper = enrolments.signUp(cohort, Actor.participant(jumping.id(), null), null).enrolmentId();

		signInAs(DemoUsers.SECRETARY);
		visit("/secretary/cohorts?lang=en");
		visit("/secretary/cohorts/" + cohort);
		var rows = page.locator("#waitlist-table tbody tr");
		assertThat(rows.first()).containsText("Wim Waiting");
		var row = page.locator("#waitlisted-" + jumper);
		row.locator("form.move-form input[name=reason]").fill("Her school is a partner school");
		row.locator("button[value=up]").click();
		assertThat(page.locator("#roster .alert-success")).containsText("The waitlist is changed");
		assertThat(rows.first()).containsText("Jet Jumper");
		assertThat(rows.first().locator(".waitlist-position")).hasText("1");
		// the history opens in the row, on demand
		page.locator("#waitlisted-" + jumper + " a.line-actions-open").click();
		assertThat(page.locator("#waitlisted-" + jumper + " .enrolment-history"))
			.containsText("Her school is a partner school");
		assertThat(page.locator("#enrolment-panel-" + jumper)).isFocused();
		checkAccessibility();

		Download download = page.waitForDownload(() -> page.locator("a.export-roster-xlsx").click());
		assertThat(download.suggestedFilename()).endsWith(".xlsx");
		try (InputStream in = Files.newInputStream(download.path()); var workbook = new ReadableWorkbook(in)) {
			List<Row> sheet = workbook.getFirstSheet().read();
			assertThat(sheet).hasSize(2);
			assertThat(sheet.get(0).getCellText(0)).isEqualTo("Name");
			assertThat(sheet.get(1).getCellText(0)).isEqualTo("Roos Roster");
			assertThat(sheet.get(1).getCellText(1)).isEqualTo(seated.email());
			assertThat(sheet.get(1).getCellText(4)).isEqualTo("confirmed");
		}
	}

}
