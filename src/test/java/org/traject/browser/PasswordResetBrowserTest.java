package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;

/**
 * A visitor who forgot their password asks for a link; without a mail server the email
 * lands in the development mailbox, where the administrator finds it; the link lets the
 * visitor choose a new password and sign in with it.
 */
class PasswordResetBrowserTest extends BrowserTest {

	private static final Pattern RESET_PATH = Pattern.compile("/account/password-reset/[A-Za-z0-9_-]{20,}");

	@Autowired
	People people;

	@Test
	void aVisitorResetsTheirPasswordWithTheLinkFromTheMailbox() {
		String email = "forgetful-" + UUID.randomUUID() + "@example.org";
		people.ensureAccount(email, "Femke de Boer", Locale.ENGLISH, "the-old-password", Set.of(Role.PARTICIPANT),
				"IKC De Vlinder", "Directeur");
		Page visitor = page;

		visit("/login");
		visitor.getByText("Forgot your password?").click();
		checkAccessibility();
		visitor.locator("#email").fill(email);
		visitor.locator("main form button[type=submit]").click();
		assertThat(visitor.locator("#reset-sent")).containsText("Check your email");
		checkAccessibility();

		String resetPath = readResetLinkInTheMailbox(email);

		page = visitor;
		visit(resetPath);
		visitor.locator("#password").fill("a-brand-new-password");
		visitor.locator("#confirmation").fill("a-different-password");
		visitor.locator("main form button[type=submit]").click();
		assertThat(visitor.locator("#confirmation-error")).containsText("not the same");
		checkAccessibility();
		visitor.locator("#password").fill("a-brand-new-password");
		visitor.locator("#confirmation").fill("a-brand-new-password");
		visitor.locator("main form button[type=submit]").click();
		// the link proved the address: signed in at once, on the start page
		assertThat(visitor).hasURL(url("/my"));
		assertThat(visitor.locator(".alert-success")).containsText("Your new password is saved, and you are signed in");
		checkAccessibility();
		assertThat(visitor.locator(".signed-in-as")).hasText("Femke de Boer");
	}

	/**
	 * The administrator, in a browser of their own, opens the email in the development
	 * mailbox.
	 */
	private String readResetLinkInTheMailbox(String email) {
		Page visitor = page;
		BrowserContext adminContext = openAnotherBrowser();
		try {
			page = adminContext.newPage();
			signInAs(DemoUsers.ADMIN);
			Locator row = page.locator("#mailbox tr", new Page.LocatorOptions().setHasText(email));
			for (int tries = 0; tries < 20 && row.count() == 0; tries++) {
				visit("/dev/mailbox?lang=en");
				if (row.count() == 0) {
					page.waitForTimeout(500);
				}
			}
			assertThat(row).hasCount(1);
			row.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
			checkAccessibility();
			assertThat(page.locator("h1")).hasText("Choose a new password for Traject");
			assertThat(page.locator("#email-recipient")).hasText(email);
			assertThat(page.frameLocator("iframe.email-frame").locator("body")).containsText("Hello Femke de Boer,");
			var matcher = RESET_PATH.matcher(page.locator("#email-text").textContent());
			assertThat(matcher.find()).as("a reset link in the email").isTrue();
			return matcher.group();
		}
		finally {
			adminContext.close();
			page = visitor;
		}
	}

}
