package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.UUID;

import com.microsoft.playwright.Locator;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.traject.test.DemoUsers;

/**
 * The route map journey: an administrator changes a question of the LOCK route map and
 * publishes it, and the printable cards carry it; the partnership's coordinator adds a
 * new and an existing school, plans and records step 1 with both (each gets its own
 * cards), and the board shows how far they are; the steering group reads the board.
 */
class RouteMapBrowserTest extends BrowserTest {

	private static final String NEW_QUESTION = "Welke verwachting heeft uw bestuur van het partnerschap?";

	@Test
	void anAdminPublishesARouteMapAndACoordinatorWorksThroughStepOneWithANewAndAnExistingSchool() throws Exception {
		page.onDialog(dialog -> dialog.accept());
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String linde = "Basisschool De Linde " + suffix;
		String lyceum = "Het Lyceum " + suffix;

		// the administrator edits the published route map: a new draft, a question added,
		// published
		signInAs(DemoUsers.ADMIN);
		visit("/admin/route-maps");
		page.locator("main table a").filter(new Locator.FilterOptions().setHasText("Draagvlak")).first().click();
		checkAccessibility();
		Locator edit = page.locator("form[action$='/draft'] button");
		if (edit.count() > 0) {
			edit.click();
		}
		assertThat(page.locator("#publish")).isVisible();
		checkAccessibility();
		Locator firstStep = page.locator(".route-step").first();
		firstStep.locator("a[href*='/cards/']:not([href$='/new'])").first().click();
		checkAccessibility();
		assertThat(page.locator("#titleNl")).hasValue("Kennismaken met het partnerschap");
		page.locator("#questionsNl").fill(page.locator("#questionsNl").inputValue() + "\n" + NEW_QUESTION);
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator(".route-step").first()).containsText(NEW_QUESTION);
		page.locator("#publish").click();
		assertThat(page.locator(".alert-success")).isVisible();
		assertThat(page.locator("main .status-confirmed")).isVisible();
		assertThat(page.locator("#publish")).hasCount(0);
		checkAccessibility();

		// the printable cards of step 1 for new schools hold the new question, not the
		// cards for existing ones
		page.locator("#cards-step").selectOption("1");
		page.locator("#cards-audience").selectOption("NEW");
		var download = page.waitForDownload(() -> page.locator(".cards-download button").click());
		String cards;
		try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
			cards = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
		assertThat(cards).contains(NEW_QUESTION)
			.contains("Kennismaken met het partnerschap")
			.contains("Wie moeten het weten?")
			.doesNotContain("Bijpraten over het partnerschap")
			.doesNotContain("Lerarentekort");

		// the coordinator adds a new primary school and an existing secondary school
		context.clearCookies();
		signInAs("coordinator@traject.test");
		page.locator("main a")
			.filter(new Locator.FilterOptions().setHasText("Opleidingsschool IJssel-Vallei"))
			.first()
			.click();
		checkAccessibility();
		addMember(linde, "PO", "NEW", "Ilse Verbeek, i.verbeek@delinde.example");
		addMember(lyceum, "VO", "EXISTING", "Ruben Smit, r.smit@lyceum.example\nAnna Kok");

		// step 1 with the new school: its cards, a plan, notes on a card, a follow-up,
		// done
		row(linde).locator("td.board-cell a").first().click();
		checkAccessibility();
		Locator cardsShown = page.locator(".conversation-card");
		assertThat(cardsShown.filter(new Locator.FilterOptions().setHasText("Kennismaken met het partnerschap")))
			.hasCount(1);
		assertThat(cardsShown.filter(new Locator.FilterOptions().setHasText(NEW_QUESTION))).hasCount(1);
		assertThat(cardsShown.filter(new Locator.FilterOptions().setHasText("Bijpraten over het partnerschap")))
			.hasCount(0);
		page.locator("#plannedOn").fill("2027-03-14");
		page.locator("#participants").fill("Directeur, schoolopleider, bestuurder");
		page.locator("form[action$='/plan'] button").click();
		assertThat(page.locator(".alert-success")).isVisible();
		Locator note = page.locator("form.card-note").first();
		note.locator("textarea[name=discussed]").fill("Wat het partnerschap van de school vraagt.");
		note.locator("textarea[name=agreed]").fill("De directeur bespreekt het in het MT.");
		note.locator("button").click();
		assertThat(page.locator("form.card-note").first().locator("textarea[name=agreed]"))
			.hasValue("De directeur bespreekt het in het MT.");
		page.locator("#action").fill("Facilitering voor de schoolopleider uitzoeken");
		page.locator("#owner").fill("Ilse Verbeek");
		page.locator("#dueOn").fill("2027-04-01");
		page.locator("form[action$='/follow-ups'] button[type=submit]").click();
		assertThat(page.locator("#follow-ups table")).containsText("Facilitering voor de schoolopleider uitzoeken");
		page.locator("form[action$='/done'] button").click();
		assertThat(page.locator(".step-state")).containsText("Afgerond");
		checkAccessibility();

		// step 1 with the existing school: other cards, planned
		page.locator("a").filter(new Locator.FilterOptions().setHasText("Terug naar het overzicht")).first().click();
		row(lyceum).locator("td.board-cell a").first().click();
		assertThat(cardsShown.filter(new Locator.FilterOptions().setHasText("Bijpraten over het partnerschap")))
			.hasCount(1);
		assertThat(cardsShown.filter(new Locator.FilterOptions().setHasText("Kennismaken met het partnerschap")))
			.hasCount(0);
		assertThat(page.locator("main")).containsText("Ruben Smit");
		page.locator("#plannedOn").fill("2027-04-02");
		page.locator("form[action$='/plan'] button").click();
		Locator existingNote = page.locator("form.card-note").first();
		existingNote.locator("textarea[name=discussed]").fill("Resultaten van het afgelopen jaar.");
		existingNote.locator("button").click();
		assertThat(page.locator(".alert-success")).isVisible();

		// the board: done for the new school, planned with its date for the existing one,
		// in words
		page.locator("a").filter(new Locator.FilterOptions().setHasText("Terug naar het overzicht")).first().click();
		checkAccessibility();
		assertThat(row(linde).locator("td.board-cell").first()).containsText("Afgerond");
		assertThat(row(lyceum).locator("td.board-cell").first()).containsText("Gepland");
		assertThat(row(lyceum).locator("td.board-cell").first()).containsText("2 april 2027");
		assertThat(row(linde).locator("td.board-cell").nth(1)).containsText("Open");
		page.locator("#sector").selectOption("VO");
		page.locator(".board-filter button").click();
		assertThat(row(lyceum)).hasCount(1);
		assertThat(row(linde)).hasCount(0);
		checkAccessibility();

		// the steering group reads the board and exports it, and cannot add schools
		context.clearCookies();
		signInAs("steering@traject.test");
		page.locator("main a")
			.filter(new Locator.FilterOptions().setHasText("Opleidingsschool IJssel-Vallei"))
			.first()
			.click();
		checkAccessibility();
		assertThat(row(linde).locator("td.board-cell").first()).containsText("Afgerond");
		assertThat(page.locator("a[href$='/members/new']")).hasCount(0);
		var xlsx = page.waitForDownload(() -> page.locator("a[href*='board.xlsx']").click());
		assertThat(Files.size(xlsx.path())).isPositive();
		row(linde).locator("td.board-cell a").first().click();
		assertThat(page.locator("main")).containsText("De directeur bespreekt het in het MT.");
		assertThat(page.locator("form.card-note")).hasCount(0);
		checkAccessibility();
	}

	private void addMember(String name, String sector, String membership, String contacts) {
		page.locator("a[href$='/members/new']").click();
		checkAccessibility();
		page.locator("#name").fill(name);
		page.locator("#kind").selectOption("SCHOOL");
		page.locator("#sector").selectOption(sector);
		page.locator("#membership-" + membership).check();
		page.locator("#contacts").fill(contacts);
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText(name);
		assertThat(row(name)).hasCount(1);
	}

	private Locator row(String name) {
		return page.locator("table.route-board tbody tr").filter(new Locator.FilterOptions().setHasText(name));
	}

}
