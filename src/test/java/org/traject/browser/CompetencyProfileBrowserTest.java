package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;
import org.traject.test.DemoUsers;

class CompetencyProfileBrowserTest extends BrowserTest {

	@Test
	void anAdminBuildsPublishesRevisesAndComparesAProfile() {
		page.onDialog(dialog -> dialog.accept());
		signInAs(DemoUsers.ADMIN);
		visit("/admin/profiles?lang=en");
		String name = "Team leader " + UUID.randomUUID().toString().substring(0, 6);

		page.locator("main a[href$='/admin/profiles/new']").click();
		checkAccessibility();
		page.locator("#defaultLanguage").selectOption("en");
		page.locator("#nameEn").fill(name);
		page.locator("#roleEn").fill("Team leader in a childcare centre");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("h1")).containsText(name);
		assertThat(page.locator(".status")).containsText("Draft");
		checkAccessibility();

		addCluster("Leading people");
		addCluster("Leading change");
		addCompetency("Leading people", "Coaching", "4");
		addCompetency("Leading people", "Feedback", "3");
		addCompetency("Leading change", "Vision", "4");
		addCompetency("Leading change", "Implementation", "3");
		assertThat(page.locator("#structure .competency-row")).hasCount(4);
		checkAccessibility();

		// reorder with htmx: Coaching below Feedback, then the second cluster above the
		// first
		cluster("Leading people").locator("tr", new Locator.LocatorOptions().setHasText("Coaching"))
			.locator("button.move-down")
			.click();
		assertThat(cluster("Leading people").locator(".competency-row").first()).containsText("Feedback");
		page.locator("button[aria-label='Move Leading change up']").click();
		assertThat(page.locator("#structure .cluster h3").first()).hasText("Leading change");
		checkAccessibility();

		page.locator("#publish-form button").click();
		assertThat(page.locator(".status").first()).containsText("Published");
		assertThat(page.locator(".flash-messages")).containsText("Version 1 is published");
		checkAccessibility();

		page.locator("form[action$='/edit'] button").click();
		assertThat(page.locator("h1")).containsText("version 2");
		assertThat(page.locator(".status").first()).containsText("Draft");
		assertThat(page.locator("#structure .competency-row")).hasCount(4);
		page.locator("#structure tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Vision"))
			.locator("a", new Locator.LocatorOptions().setHasText("Edit"))
			.click();
		page.locator("#targetLevel").fill("5");
		page.locator("main form button[type=submit]").click();
		page.locator("#publish-form button").click();
		assertThat(page.locator(".flash-messages")).containsText("Version 2 is published");

		page.locator("main a",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("All versions of this profile"))
			.click();
		assertThat(page.locator("table").first()).containsText("Retired");
		checkAccessibility();
		page.locator("form[action$='/compare'] button").click();
		assertThat(page.locator("h1")).hasText("Version 1 compared with version 2");
		assertThat(page.locator(".compare-table")).containsText("Vision");
		assertThat(page.locator(".compare-table ins")).containsText("5");
		assertThat(page.locator(".compare-table del")).containsText("4");
		checkAccessibility();
	}

	private Locator cluster(String name) {
		return page.locator("#structure .cluster", new com.microsoft.playwright.Page.LocatorOptions()
			.setHas(page.locator("h3", new com.microsoft.playwright.Page.LocatorOptions().setHasText(name))));
	}

	private void addCluster(String name) {
		page.locator("#cluster-form #name").fill(name);
		page.locator("#cluster-form button[type=submit]").click();
		assertThat(cluster(name)).isVisible();
	}

	private void addCompetency(String clusterName, String name, String target) {
		cluster(clusterName).locator("a[href*='/competencies/new']").click();
		page.locator("#name").fill(name);
		page.locator("#description").fill(name + " in daily practice");
		page.locator("#targetLevel").fill(target);
		page.locator("#indicators").fill("Shows " + name.toLowerCase() + " in meetings\nAsks for feedback on it");
		page.locator("main form button[type=submit]").click();
		assertThat(cluster(clusterName)).containsText(name);
	}

}
