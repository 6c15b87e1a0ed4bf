package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.people.Actor;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.SeatRelease;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.Enrolments;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;

/**
 * A course secretary writes to the waitlist of a full cohort: from the cohort's page to
 * its messages, the form, a preview greeting the first person on the waitlist by name
 * with the number of recipients, and sending; the message is then listed with the cohort.
 * Every page is checked with axe-core.
 */
class CohortMessageBrowserTest extends BrowserTest {

	@Autowired
	CohortEditing editing;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	People people;

	@Autowired
	Enrolments enrolments;

	private final String run = UUID.randomUUID().toString().substring(0, 6);

	@Test
	void aSecretaryWritesToTheWaitlistWithAPreview() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		long cohort = editing.create(programmes.idOfSlug("ontwikkeltraject-directeur-ikc").orElseThrow(),
				new CohortSettings("Write " + run, today.plusDays(30), today.plusDays(60), "Utrecht", false,
						"Europe/Amsterdam", 1, 1, today.minusDays(3), today.plusDays(30), SeatRelease.CONFIRM_NEXT,
						48));
		editing.openForEnrolment(cohort, editing.find(cohort).orElseThrow().version());
		signUp(cohort, "Sara Seated " + run);
		String wim = signUp(cohort, "Wim Waiting " + run);
		signUp(cohort, "Wendy Waiting " + run);

		signInAs(DemoUsers.SECRETARY);
		visit("/secretary/cohorts/" + cohort + "?lang=en");
		page.locator("a.messages-link").click();
		assertThat(page.locator(".empty-state")).containsText("No message has been sent");
		checkAccessibility();

		page.locator("a.write-message").click();
		page.getByLabel("Everyone on the waitlist (2)").check();
		page.getByLabel("Subject").fill("A place may come free " + run);
		page.getByLabel("Message").fill("We will **tell you** as soon as a place is free.");
		page.locator("button.show-preview").click();

		assertThat(page.locator(".recipient-count")).hasText("This message goes to 2 people.");
		assertThat(page.locator(".preview-email")).containsText("Hello Wim Waiting " + run + ",");
		assertThat(page.locator(".preview-body strong")).hasText("tell you");
		assertThat(page.locator(".recipients li")).hasCount(2);
		checkAccessibility();

		page.locator("button.send-message").click();
		assertThat(page).hasURL(Pattern.compile("/secretary/cohorts/" + cohort + "/messages$"));
		assertThat(page.locator(".flash-messages .alert-success")).containsText("on its way to 2 people");
		assertThat(page.locator(".sent-message")).hasCount(1);
		assertThat(page.locator(".empty-state")).hasCount(0);
		assertThat(page.locator(".sent-message")).containsText("A place may come free " + run);
		assertThat(page.locator(".sent-message")).containsText("to the waitlist · 2 recipients");
		checkAccessibility();

		// and the person on the waitlist finds it in their own history
		useBrowserLanguage("en-GB");
		signInAs(wim);
		visit("/my/enrolments?lang=en");
		page.locator("a.my-messages-link").click();
		assertThat(page.locator(".received-message")).hasCount(1);
		assertThat(page.locator(".received-message h2")).hasText("A place may come free " + run);
		assertThat(page.locator(".received-message strong")).hasText("tell you");
		checkAccessibility();
	}

	private String signUp(long cohort, String name) {
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + UUID.randomUUID() + "@example.org";
		long person = people
			.ensureAccount(email, name, Locale.ENGLISH, DemoUsers.PASSWORD, Set.of(Role.PARTICIPANT), "School",
					"Leader")
			.id();
		enrolments.signUp(cohort, Actor.participant(person, name), null);
		return email;
	}

}
