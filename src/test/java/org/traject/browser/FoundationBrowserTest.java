package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.traject.test.DemoUsers;

class FoundationBrowserTest extends BrowserTest {

	@ParameterizedTest
	@CsvSource({ "nl-NL, nl, Groei als leider", "da-DK, da, Voks som leder", "en-GB, en, Grow as a leader" })
	void theHomePageSpeaksTheBrowsersLanguage(String browserLocale, String lang, String heading) {
		useBrowserLanguage(browserLocale);
		visit("/");
		assertThat(page.locator("html")).hasAttribute("lang", lang);
		assertThat(page.locator("h1")).containsText(heading);
	}

	@Test
	void theLanguageSwitcherChangesTheLanguageAndRemembersIt() {
		visit("/");
		page.locator(".lang-switch a[lang=da]").click();
		assertThat(page.locator("h1")).containsText("Voks som leder");
		visit("/login");
		assertThat(page.locator("h1")).containsText("Log ind");
	}

	@ParameterizedTest
	@CsvSource({ DemoUsers.PARTICIPANT + ", /my", DemoUsers.COACH + ", /coach",
			DemoUsers.SECRETARY + ", /secretary", DemoUsers.ADMIN + ", /admin" })
	void eachDemoRoleLandsOnItsStartPage(String email, String startPage) {
		signInAs(email);
		assertThat(page).hasURL(url(startPage));
		assertThat(page.locator("h1")).isVisible();
		checkAccessibility();
	}

	@Test
	void aWrongPasswordShowsAnErrorAndKeepsTheEmail() {
		visit("/login");
		page.locator("#email").fill(DemoUsers.PARTICIPANT);
		page.locator("#password").fill("definitely-wrong");
		page.locator("main form button[type=submit]").click();
		assertThat(page.locator("#login-error")).isVisible();
		assertThat(page.locator("#email")).hasValue(DemoUsers.PARTICIPANT);
		checkAccessibility();
	}

	@Test
	void theLayoutWorksOnAPhone() {
		page.setViewportSize(375, 740);
		visit("/");
		assertThat(page.locator("#main-nav")).isHidden();
		page.locator(".navbar-toggler").click();
		assertThat(page.locator("#main-nav")).isVisible();
	}
}
