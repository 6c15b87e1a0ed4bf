package org.traject.browser;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.groups.internal.GroupEditing;
import org.traject.groups.internal.GroupQueries;
import org.traject.groups.internal.ProjectWork;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A facilitator registers attendance at a group meeting on a phone, one tap per member
 * (htmx swaps the row); a secretary publishes a project group's product, and a visitor
 * who is not signed in finds it in the programme's product library, without members'
 * names. Every page is checked with axe-core.
 */
class GroupAttendanceBrowserTest extends BrowserTest {

	private static final String LOCK = "routekaart-betrokkenheid-schoolleiding";

	@Autowired
	Cohorts cohorts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	People people;

	@Autowired
	GroupEditing editing;

	@Autowired
	GroupQueries queries;

	@Autowired
	ProjectWork work;

	private final String run = UUID.randomUUID().toString().substring(0, 6);

	@Test
	void aFacilitatorMarksAttendanceOnAPhoneAndAVisitorSeesAPublishedProduct() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		long cohort = cohorts.plan(catalogue.idOfSlug(LOCK).orElseThrow(),
				new CohortSettings("LOCK " + run, today.plusDays(30), today.plusDays(200), "Utrecht", false,
						"Europe/Amsterdam", 30, 2, today.minusDays(5), today.plusDays(20), SeatRelease.CONFIRM_NEXT,
						48));
		long anna = participant(cohort, "Anna " + run, "Opleidingsschool IJssel-Veluwe");
		long bram = participant(cohort, "Bram " + run, "Opleidingsnetwerk Samen Opleiden");
		long group = editing.create(cohort, "Projectgroep " + run);
		editing.move(cohort, anna, group);
		editing.move(cohort, bram, group);
		editing.facilitate(cohort, group, DemoUsers.COACH);
		Instant began = Instant.now().minus(1, ChronoUnit.HOURS);
		editing.addMeeting(cohort, group, began, began.plus(2, ChronoUnit.HOURS), "Zwolle, lokaal 4");
		work.arrange(cohort, group, true, DemoUsers.COACH);
		String question = "Hoe betrekken wij de schoolleiding bij Samen Opleiden? " + run;
		work.writeQuestion(view(cohort, group), anna, question);
		work.deliver(view(cohort, group), anna, "Een routekaart met gesprekskaarten per stap.", new ProjectWork.Upload(
				"routekaart.pdf", "application/pdf", "%PDF-1.4 routekaart".getBytes(StandardCharsets.UTF_8)));

		// the facilitator, on a phone
		useBrowserLanguage("en-GB");
		page.setViewportSize(375, 740);
		signInAs(DemoUsers.COACH);
		visit("/my/groups/" + group + "?lang=en");
		page.locator("a.attendance-link").click();
		assertThat(page.locator("h1")).containsText("Attendance");
		assertThat(page.locator("#attendance-counts"))
			.hasText("0 present · 0 absent · 0 excused · 2 not registered yet");
		checkAccessibility();
		page.locator("#member-" + anna + " button.btn-present").click();
		assertThat(page.locator("#member-" + anna + " button.btn-present")).hasAttribute("aria-pressed", "true");
		assertThat(page.locator("#member-" + anna + " .saved-note")).isVisible();
		assertThat(page.locator("#attendance-counts"))
			.hasText("1 present · 0 absent · 0 excused · 1 not registered yet");
		page.locator("#reason-" + bram).fill("Ziek");
		page.locator("#member-" + bram + " button.btn-excused").click();
		assertThat(page.locator("#member-" + bram + " button.btn-excused")).hasAttribute("aria-pressed", "true");
		assertThat(page.locator("#attendance-counts"))
			.hasText("1 present · 0 absent · 1 excused · 0 not registered yet");
		int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
		org.assertj.core.api.Assertions.assertThat(width)
			.as("no sideways scrolling at 375 px")
			.isLessThanOrEqualTo(375);
		checkAccessibility();

		// the secretary publishes the product
		useBrowserLanguage("en-GB");
		signInAs(DemoUsers.SECRETARY);
		visit("/secretary/cohorts/" + cohort + "/groups/" + group + "?lang=en");
		assertThat(page.locator(".product-state")).containsText("not published");
		page.locator("button",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("Publish in the product library"))
			.click();
		assertThat(page.locator(".flash-messages .alert-success")).containsText("published in the product library");
		checkAccessibility();

		// a visitor who is not signed in
		useBrowserLanguage("en-GB");
		page.setViewportSize(375, 740);
		visit("/programmes/" + LOCK + "/products?lang=en");
		assertThat(page.locator(".product-library")).containsText(question);
		assertThat(page.locator(".product-library")).containsText("Opleidingsschool IJssel-Veluwe");
		assertThat(page.locator(".product-library")).not().containsText("Anna " + run);
		assertThat(page.locator(".product-library")).not().containsText("Bram " + run);
		assertThat(page.locator(".product-library a")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("routekaart.pdf"))).hasCount(1);
	}

	private org.traject.groups.internal.GroupViews.Group view(long cohort, long group) {
		return queries.ofCohort(cohort).groups().stream().filter(g -> g.id() == group).findFirst().orElseThrow();
	}

	private long participant(long cohort, String name, String organisation) {
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + UUID.randomUUID() + "@example.org";
		long person = people
			.ensureAccount(email, name, Locale.ENGLISH, DemoUsers.PASSWORD, Set.of(Role.PARTICIPANT), organisation,
					"Schoolleider")
			.id();
		cohorts.enrol(cohort, person);
		return person;
	}

}
