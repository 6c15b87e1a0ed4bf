package org.traject.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A secretary forms a cohort's intervision groups from Traject's suggestion, names a
 * facilitator and plans a meeting; a member then finds their group on a phone, with the
 * other members and the meeting. Every page is checked with axe-core.
 */
class GroupsBrowserTest extends BrowserTest {

	@Autowired
	Cohorts cohorts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	People people;

	private final String run = UUID.randomUUID().toString().substring(0, 6);

	@Test
	void aSecretaryFormsTheSuggestedGroupsAndAMemberSeesTheirGroup() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		long cohort = cohorts.plan(catalogue.idOfSlug("ledertalentudvikling").orElseThrow(),
				new CohortSettings("Klynger " + run, today.plusDays(30), today.plusDays(200), "Odense", false,
						"Europe/Copenhagen", 30, 2, today.minusDays(5), today.plusDays(20), SeatRelease.CONFIRM_NEXT,
						48));
		String firstMember = null;
		String[] schools = { "Skovskolen", "Havneskolen", "Byskolen", "Friskolen" };
		for (int i = 0; i < 12; i++) {
			String email = participant(cohort, "Talent " + (char) ('A' + i) + " " + run, schools[i % 4]);
			if (i == 0) {
				firstMember = email;
			}
		}

		signInAs(DemoUsers.SECRETARY);
		visit("/secretary/cohorts/" + cohort + "?lang=en");
		page.locator("a.groups-link").click();
		assertThat(page.locator("h1")).containsText("Groups");
		checkAccessibility();

		page.getByLabel("Group size").fill("4");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Suggest groups"))
			.click();
		assertThat(page.locator("#suggestion-heading")).hasText("3 groups of about 4");
		assertThat(page.locator(".suggestion")).containsText("Talent A " + run);
		assertThat(page.locator("[role=status]").first()).containsText("No two people of one organisation");
		checkAccessibility();

		page.locator("form.suggestion button[type=submit]").click();
		assertThat(page.locator(".flash-messages .alert-success")).containsText("3 groups formed");
		assertThat(page.locator(".cohort-group")).hasCount(3);

		page.locator(".cohort-group a")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Group 1"))
			.click();
		page.getByLabel("Email address of the facilitator").fill(DemoUsers.COACH);
		page.locator("button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Save the facilitator"))
			.click();
		assertThat(page.locator(".flash-messages .alert-success")).containsText("facilitator is saved");
		page.getByLabel("Date").fill(today.plusDays(40).toString());
		page.getByLabel("From").fill("09:30");
		page.getByLabel("Until").fill("12:00");
		page.getByLabel("Place or meeting link").fill("Odense, lokale 2");
		page.locator("button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Add the meeting"))
			.click();
		assertThat(page.locator(".group-meetings li")).hasCount(1);
		assertThat(page.locator(".group-meetings")).containsText("Odense, lokale 2");
		checkAccessibility();

		// a member, on a phone, finds the group from their start page
		page.setViewportSize(375, 740);
		useBrowserLanguage("en-GB");
		signInAs(firstMember);
		visit("/my?lang=en");
		page.locator("#groups-start a").click();
		assertThat(page).hasURL(Pattern.compile("/my/groups$"));
		page.locator(".my-groups a").first().click();
		assertThat(page.locator("h1")).containsText("Group");
		assertThat(page.locator(".group-members li")).hasCount(4);
		assertThat(page.locator(".group-members")).containsText("Talent A " + run);
		assertThat(page.locator(".group-meetings")).containsText("Odense, lokale 2");
		assertThat(page.locator("textarea")).hasCount(0);
		checkAccessibility();
	}

	private String participant(long cohort, String name, String school) {
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + UUID.randomUUID() + "@example.org";
		long person = people
			.ensureAccount(email, name, Locale.ENGLISH, DemoUsers.PASSWORD, Set.of(Role.PARTICIPANT), school, "Leader")
			.id();
		cohorts.enrol(cohort, person);
		return email;
	}

}
