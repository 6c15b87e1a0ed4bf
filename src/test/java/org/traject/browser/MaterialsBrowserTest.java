package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;

/**
 * A course secretary adds a pre-work template to a cohort; a participant with a confirmed
 * place finds it on their start page and downloads it.
 */
class MaterialsBrowserTest extends BrowserTest {

	@Autowired
	Cohorts cohorts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	People people;

	private final String run = UUID.randomUUID().toString().substring(0, 6);

	@Test
	void aParticipantDownloadsAMaterialFromTheirStartPage() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		long cohort = cohorts.plan(catalogue.idOfSlug("ontwikkeltraject-directeur-ikc").orElseThrow(),
				new CohortSettings("Materials " + run, today.plusDays(30), today.plusDays(60), "Utrecht", false,
						"Europe/Amsterdam", 10, 0, today.minusDays(3), today.plusDays(30), SeatRelease.CONFIRM_NEXT,
						48));
		String email = "materials-" + UUID.randomUUID() + "@example.org";
		long person = people
			.ensureAccount(email, "Marit Materiaal " + run, Locale.ENGLISH, DemoUsers.PASSWORD,
					Set.of(Role.PARTICIPANT), "School", "Leader")
			.id();
		cohorts.enrol(cohort, person);

		signInAs(DemoUsers.SECRETARY);
		visit("/secretary/cohorts/" + cohort + "?lang=en");
		page.locator("a.materials-link").click();
		assertThat(page.locator("#no-materials")).isVisible();
		page.getByLabel("Title").fill("Mapping template " + run);
		page.getByLabel("When is it needed?").fill("before the first session");
		page.locator("#file")
			.setInputFiles(new FilePayload("mapping-template.txt", "text/plain",
					("Map your team " + run).getBytes(StandardCharsets.UTF_8)));
		page.locator("form button.btn-primary").click();
		assertThat(page.locator(".flash-messages .alert-success")).containsText("The material is added");
		assertThat(page.locator(".material h2")).hasText("Mapping template " + run);
		checkAccessibility();

		useBrowserLanguage("en-GB");
		signInAs(email);
		visit("/my?lang=en");
		assertThat(page.locator("#materials")).containsText("Needed: before the first session");
		checkAccessibility();
		var download = page.waitForDownload(() -> page.locator("a.material-download").click());

		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("mapping-template.txt");
		org.assertj.core.api.Assertions.assertThat(Files.readString(download.path())).isEqualTo("Map your team " + run);
	}

}
