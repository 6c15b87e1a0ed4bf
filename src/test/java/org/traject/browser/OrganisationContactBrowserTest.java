package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.people.People;

/**
 * The HR adviser of UN1EK (seed 000's board, in the demo data) signs in, goes from their
 * start page to their organisation's page and sees the enrolments of its people; another
 * organisation's page, and the secretary's organisation pages, are closed to them.
 */
class OrganisationContactBrowserTest extends BrowserTest {

	private static final String CONTACT = "hr@traject.test";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Test
	void anOrganisationContactSeesTheirPeoplesEnrolmentsAndNothingOfAnotherOrganisation() {
		long un1ek = organisationCalled("UN1EK");
		long other = organisationCalled("Calandlyceum");
		long sanne = people.findByEmail("participant@traject.test").orElseThrow().id();

		signInAs(CONTACT);
		assertThat(page).hasURL(url("/my"));
		checkAccessibility();
		page.locator("#contact-start a").click();
		assertThat(page).hasURL(url("/organisation/" + un1ek));
		checkAccessibility();
		assertThat(page.locator("h1")).hasText("UN1EK");
		Locator sannes = page.locator("#person-" + sanne);
		assertThat(sannes.locator("h2")).hasText("Sanne Jansen");
		assertThat(sannes).containsText("Ontwikkeltraject Directeur Integraal Kindcentrum");
		assertThat(sannes).containsText("Ledertalentudvikling");
		assertThat(sannes.locator(".status")).not().hasCount(0);
		assertThat(page.locator("main")).not().containsText("Fatima El Amrani");

		var response = page.navigate(url("/organisation/" + other));
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("main")).not().containsText("Fatima El Amrani");
		checkAccessibility();
		assertThat(page.navigate(url("/secretary/organisations/" + other)).status()).isEqualTo(403);
		assertThat(page.navigate(url("/secretary/organisations")).status()).isEqualTo(403);
		forgetConsoleErrorsContaining("404");
		forgetConsoleErrorsContaining("403");
	}

	private long organisationCalled(String name) {
		return jdbc.sql("select id from organisation where name = :name and merged_into is null")
			.param("name", name)
			.query(Long.class)
			.single();
	}

}
