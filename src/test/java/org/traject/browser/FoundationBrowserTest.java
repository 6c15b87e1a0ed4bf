package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
	@CsvSource({ DemoUsers.PARTICIPANT + ", /my", DemoUsers.COACH + ", /coach", DemoUsers.SECRETARY + ", /secretary",
			DemoUsers.ADMIN + ", /admin" })
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
	void theKeyboardFocusIsClearlyVisibleOnAFieldAndAButton() {
		visit("/");
		// Bootstrap's own focus styles (.form-control:focus, .btn:focus-visible) must not
		// replace ours with a faint halo
		for (var target : List.of(page.locator("#home-q"), page.locator(".hero-search button[type=submit]"))) {
			FocusIndicator focus = focusWithKeyboard(target);
			assertThat(focus.style()).as("outline style of %s", target).isEqualTo("solid");
			assertThat(focus.widthPx()).as("outline width of %s", target).isGreaterThanOrEqualTo(3);
			assertThat(focus.contrast())
				.as("contrast of %s's outline %s with %s", target, focus.color(), focus.surroundings())
				.isGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void pagesAreCheckedWithTheCurrentAxeCoreIncludingWcag22Rules() {
		visit("/");
		@SuppressWarnings("unchecked")
		Map<String, Object> run = (Map<String, Object>) page.evaluate(
				"""
						async () => {
						  const r = await axe.run(document, %s);
						  return { version: axe.version,
						           rules: [...r.passes, ...r.violations, ...r.incomplete, ...r.inapplicable].map(rule => rule.id) };
						}"""
					.formatted(AXE_OPTIONS));
		assertThat(run.get("version")).isEqualTo(AXE_VERSION);
		// target-size (WCAG 2.2, 2.5.8) is off in axe unless the wcag22aa tag is asked
		// for
		assertThat((List<String>) run.get("rules")).contains("target-size", "label-content-name-mismatch",
				"color-contrast");
	}

	@Test
	void aStyleRefusedByTheContentSecurityPolicyIsNoticed() {
		visit("/");
		page.evaluate("document.body.setAttribute('style', 'color: red')");
		page.waitForCondition(() -> consoleErrors().stream().anyMatch(e -> e.contains("Content Security Policy")));
		forgetConsoleErrorsContaining("Content Security Policy");
	}

	@Test
	void everyPageNamesItsIconAndTheIconIsServed() {
		visit("/");
		String icon = page.locator("head link[rel=icon]").getAttribute("href");
		var response = page.request().get(url(icon));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers().get("content-type")).startsWith("image/svg+xml");
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
