package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.traject.test.DemoUsers;

class CatalogueBrowserTest extends BrowserTest {

	@Test
	void aVisitorFiltersTheCatalogueOpensAProgrammeAndDownloadsTheCalendar() throws Exception {
		visit("/programmes");
		assertThat(page.locator(".result-count")).containsText("programmes");
		page.locator("#language").selectOption("da");
		page.locator("#open").check();
		page.locator("#catalogue-filters button[type=submit]").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*language=da.*"));
		checkAccessibility();
		assertThat(page.locator(".card-programme").first()).isVisible();
		// the programme's title and summary carry its language; the labels around them
		// stay in the reader's
		assertThat(page.locator(".card-programme .card-title[lang=da]")).not().hasCount(0);
		assertThat(page.locator(".card-programme .card-title:not([lang=da])")).hasCount(0);
		assertThat(page.locator(".card-programme[lang]")).hasCount(0);

		// "open" means one can sign up today: "Databaseret ledelse" has a cohort that is
		// planned but not open for
		// sign-up (a demo programme no other test opens cohorts of, so the order of the
		// tests does not matter)
		var databased = new com.microsoft.playwright.Page.LocatorOptions().setHasText("Databaseret ledelse");
		visit("/programmes?language=da&q=Databaseret");
		assertThat(page.locator(".card-programme", databased)).hasCount(1);
		visit("/programmes?language=da&open=true&q=Databaseret");
		assertThat(page.locator(".card-programme", databased)).hasCount(0);
		visit("/programmes?q=Ledertalentudvikling");
		page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions()
			.setName("Ledertalentudvikling: meritgivende forløb for kommende ledere")).click();
		assertThat(page.locator("h1")).hasText("Ledertalentudvikling: meritgivende forløb for kommende ledere");
		assertThat(page.locator(".total-days")).containsText("21");
		assertThat(page.locator(".total-days")).containsText("lokal ledelsesopgave");
		checkAccessibility();

		// the demo cohort ("Hold <year>"): other tests add cohorts of their own to this
		// programme
		var demoCohort = page.locator(".cohort-card:has(details)")
			.filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText(java.util.regex.Pattern.compile("Hold \\d{4}")));
		var download = page.waitForDownload(() -> demoCohort.locator("a[href$='calendar.ics']").first().click());
		var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(Files.newInputStream(download.path()));
		var events = calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT");
		assertThat(events).isNotEmpty();
		assertThat(events.get(0).getSummary().getValue()).endsWith("Kick-off");
		assertThat(events.get(0).getDateTimeStart().getValue()).endsWith("Z");
	}

	@Test
	void theCatalogueFiltersInPlaceWithHtmxAndTheUrlStaysShareable() {
		visit("/programmes");
		page.locator("#phase").selectOption("ORIENTATION");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*phase=ORIENTATION.*"));
		assertThat(page.locator(".result-count")).not().containsText("25 programmes");
		String filteredUrl = page.url();
		page.navigate(filteredUrl);
		assertThat(page.locator("#phase")).hasValue("ORIENTATION");
	}

	@Test
	void aSecretaryCreatesAProgrammeWithModulesAndACohortPublishesItAndFindsItInTheCatalogue() {
		String title = "Leading learning communities " + UUID.randomUUID().toString().substring(0, 6);
		signInAs(DemoUsers.SECRETARY);
		visit("/secretary/programmes/new?lang=en");

		// first a mistake: no summary; what was typed stays
		page.locator("#title").fill(title);
		page.locator("#language").selectOption("en");
		page.locator("#format").selectOption("MASTERCLASS");
		page.locator("#careerPhases-ESTABLISHED").check();
		page.locator("#sectors-PRIMARY").check();
		page.locator("#content").fill("- Professional learning communities\n- Data in the team");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#summary-error")).isVisible();
		assertThat(page.locator("#title")).hasValue(title);
		assertThat(page.locator("#content")).hasValue("- Professional learning communities\n- Data in the team");
		checkAccessibility();

		page.locator("#summary").fill("Two days on building a learning culture in your school.");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator(".alert-success")).isVisible();
		checkAccessibility();

		addModule("THEME_DAY", "Learning communities", "1");
		addModule("MASTERCLASS", "Data in the team", "1");
		assertThat(page.locator("#modules li")).hasCount(2);
		page.locator("#modules li").nth(1).locator("button:has-text('Up')").click();
		assertThat(page.locator("#modules li").first()).containsText("Data in the team");

		page.locator("form[action$='/publish'] button").click();
		assertThat(page.locator(".alert-success")).isVisible();

		page.locator("a[href$='/cohorts']").first().click();
		page.locator("a[href$='/cohorts/new']").click();
		LocalDate start = LocalDate.now().plusMonths(2);
		page.locator("#code").fill("Spring test");
		page.locator("#startDate").fill(start.toString());
		page.locator("#endDate").fill(start.plusDays(7).toString());
		page.locator("#location").fill("Utrecht");
		page.locator("#capacity").fill("12");
		page.locator("#minParticipants").fill("4");
		page.locator("#enrolmentCloses").fill(start.minusDays(3).toString());
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator(".alert-success")).isVisible();
		checkAccessibility();

		page.locator("#sessionTitle").fill("Day one");
		page.locator("#sessionDate").fill(start.toString());
		page.locator("#sessions form button[type=submit]").last().click();
		assertThat(page.locator("#sessions table tbody tr")).hasCount(1);
		page.locator("form[action$='/open'] button").click();
		assertThat(page.locator(".alert-success")).isVisible();

		visit("/programmes?q=" + title.replace(' ', '+'));
		assertThat(page.locator(".card-programme")).hasCount(1);
		assertThat(page.locator(".card-programme")).containsText("12 places left");
		page.locator(".card-programme a").click();
		assertThat(page.locator("#section-modules")).isVisible();
		assertThat(page.locator(".cohort-card")).containsText("Spring test");
		checkAccessibility();
	}

	private void addModule(String type, String title, String days) {
		page.locator("#moduleType").selectOption(type);
		page.locator("#moduleTitle").fill(title);
		page.locator("#moduleDays").fill(days);
		page.locator("form[action$='/modules'] button[type=submit]").click();
		assertThat(page.locator(".alert-success")).isVisible();
	}

}
