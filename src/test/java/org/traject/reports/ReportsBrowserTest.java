package org.traject.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.traject.browser.BrowserTest;
import org.traject.catalogue.Sector;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.SeatRelease;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.delivery.CareerOutcomeKind;
import org.traject.organisations.OrganisationDetails;
import org.traject.organisations.OrganisationKind;
import org.traject.organisations.OrganisationSector;
import org.traject.organisations.internal.OrganisationDirectory;
import org.traject.test.DemoUsers;

/**
 * A secretary goes from their start page to the reports, filters them to one programme,
 * reads its fill rate and its career outcomes (each report's section loaded by htmx from
 * its own address), downloads the outcomes as a spreadsheet, and opens the outcomes on a
 * page of their own as a shared link would.
 */
class ReportsBrowserTest extends BrowserTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	CohortEditing cohorts;

	@Autowired
	OrganisationDirectory organisations;

	@Test
	void aSecretaryFiltersTheFillRateOpensTheOutcomesAndExportsThem() throws Exception {
		var history = new ReportHistory(context);
		long programme = history.programme("en", Sector.PRIMARY);
		programmes.publish(programme, programmes.findForEditing(programme).orElseThrow().getVersion());
		long upcoming = history.upcoming(programme, 4, SeatRelease.CONFIRM_NEXT);
		var ada = history.person("Ada Upcoming");
		history.enrol(upcoming, ada);
		long board = organisations.create(null,
				new OrganisationDetails("Ada's board " + UUID.randomUUID(), OrganisationKind.SCHOOL_BOARD,
						EnumSet.of(OrganisationSector.PRIMARY), null, null, null, "NL", null, null));
		organisations.addMember(null, board, ada.email());
		var past = history.past(programme, 3, 1);
		var one = history.enrol(past.id(), "Bo Past");
		var two = history.enrol(past.id(), "Cy Past");
		history.outcome(programme, history.complete(past, one), CareerOutcomeKind.FORMAL_LEADERSHIP_ROLE);
		history.outcome(programme, history.complete(past, two), CareerOutcomeKind.NONE_YET);

		signInAs(DemoUsers.SECRETARY);
		page.locator("#reports-start-heading + p a").click(); // the demo secretary reads
																// Danish
		page.waitForLoadState();
		assertThat(page.locator("h1").innerText()).isEqualTo("Rapporter");
		page.locator(".lang-switch a[lang=en]").click();
		page.waitForLoadState();
		checkAccessibility();
		// the programme is found by its title (htmx lists what is found while typing) and
		// ticked
		String title = programmes.findForEditing(programme).orElseThrow().getTitle();
		page.locator("#find").fill(title);
		page.locator("#programme-" + programme).waitFor();
		assertThat(page.locator("#programme-found").innerText()).startsWith("Programmes found: 1.");
		page.locator("#programme-" + programme).check();
		page.locator("#find").fill("");
		page.locator("#from").fill(ReportHistory.today().minusMonths(3).toString());
		page.locator("#to").fill(ReportHistory.today().plusMonths(3).toString());
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Show reports"))
			.click();
		page.waitForLoadState();
		assertThat(page.url()).contains("programme=" + programme);
		checkAccessibility();

		// each report's section loads once it scrolls into view, from its own address
		// with the same filter
		page.locator("#fill").scrollIntoViewIfNeeded();
		page.locator("#fill table").waitFor();
		var fill = page.locator("#fill table tbody tr");
		assertThat(fill.count()).isEqualTo(2);
		assertThat(fill.nth(0).innerText()).contains("2").contains("3").contains("67%");
		assertThat(fill.nth(1).innerText()).contains("25%");
		assertThat(page.locator("#fill svg title").textContent()).isEqualTo("Bar chart of the fill rate per programme");

		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Career outcomes").setExact(true))
			.click();
		assertThat(page.locator("#outcomes .report-headline").innerText())
			.isEqualTo("50% took up a leadership role, of the 2 people whose outcome is known.");
		checkAccessibility();
		Files.createDirectories(Path.of("target/browser-screenshots"));
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser-screenshots/reports.png"))
			.setFullPage(true));

		var download = page.waitForDownload(() -> page.locator("#outcomes .report-exports a[href*='.xlsx']").click());
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(Files.readAllBytes(download.path())))) {
			var rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(0).getCellText(7)).isEqualTo("Took up a leadership role");
			assertThat(rows.get(1).getCellText(3)).isEqualTo("2");
			assertThat(rows.get(1).getCellText(7)).isEqualTo("50");
		}

		// only the people of Ada's board: she holds one of the four places, nobody of it
		// took part in the cohort that ran
		page.locator("#organisation").selectOption(new SelectOption().setValue(Long.toString(board)));
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Show reports"))
			.click();
		page.waitForLoadState();
		assertThat(page.url()).contains("organisation=" + board).contains("programme=" + programme);
		page.locator("#fill").scrollIntoViewIfNeeded();
		page.locator("#fill table").waitFor();
		assertThat(page.locator("#fill table tbody tr").nth(0).innerText()).contains("0%");
		assertThat(page.locator("#fill table tbody tr").nth(1).innerText()).contains("25%");
		page.locator("#outcomes").scrollIntoViewIfNeeded();
		assertThat(page.locator("#outcomes .empty-state").innerText()).isEqualTo("Nothing to report for this filter.");
		checkAccessibility();

		// the outcomes on a page of their own, with the same filter: what a shared link
		// shows and what prints
		page.locator("#outcomes .report-exports a")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("on its own page"))
			.click();
		page.waitForLoadState();
		assertThat(page.url()).contains("/reports/outcomes?").contains("organisation=" + board);
		assertThat(page.locator("h1").innerText()).isEqualTo("Career outcomes");
		assertThat(page.locator(".empty-state").innerText()).isEqualTo("Nothing to report for this filter.");
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
		assertThat(page.locator("form.filters").isVisible()).isFalse();
		assertThat(page.locator(".report-filter-summary").first().isVisible()).isTrue();
		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
		checkAccessibility();
	}

}
