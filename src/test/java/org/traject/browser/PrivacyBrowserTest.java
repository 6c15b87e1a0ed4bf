package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;

/**
 * A participant downloads their data and asks for erasure; an administrator confirms it;
 * the person can no longer sign in.
 */
class PrivacyBrowserTest extends BrowserTest {

	@Autowired
	People people;

	@Test
	void aParticipantDownloadsTheirDataAsksForErasureAndCannotSignInOnceAnAdministratorConfirms() throws Exception {
		String email = "leaving-" + UUID.randomUUID() + "@example.org";
		String name = "Lotte Vertrek " + UUID.randomUUID().toString().substring(0, 6);
		people.ensureAccount(email, name, Locale.ENGLISH, DemoUsers.PASSWORD, Set.of(Role.PARTICIPANT),
				"IKC De Vlinder", "Directeur");

		signInAs(email);
		visit("/my");
		page.getByText("Download your data or ask for erasure").click();
		assertThat(page.locator("h1")).hasText("Your data");
		checkAccessibility();

		// the copy is built in the background; the page updates itself when it is ready
		page.locator("#export-form button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("We are preparing your copy");
		assertThat(page.locator("#export-queued")).isVisible();
		assertThat(page.locator("#download-my-data"))
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
		checkAccessibility();
		var download = page.waitForDownload(() -> page.locator("#download-my-data").click());
		assertThat(download.suggestedFilename()).startsWith("traject-my-data-").endsWith(".zip");
		List<String> entries = new ArrayList<>();
		try (var zip = new ZipInputStream(Files.newInputStream(download.path()))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.add(entry.getName());
			}
		}
		assertThat(entries).contains("index.html", "account.json", "enrolments.json", "development.json");

		page.locator("#erasure-form button[type=submit]").click();
		assertThat(page.locator("#understood-error")).containsText("cannot be undone");
		checkAccessibility();
		page.locator("#understood1").check();
		page.locator("#erasure-form button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("Your request has been sent");
		assertThat(page.locator("#erasure-pending")).isVisible();

		BrowserContext adminBrowser = openAnotherBrowser();
		var participant = page;
		try {
			page = adminBrowser.newPage();
			signInAs(DemoUsers.ADMIN);
			visit("/admin/privacy?lang=en");
			checkAccessibility();
			Locator request = page.locator(".erasure-request",
					new com.microsoft.playwright.Page.LocatorOptions().setHasText(name));
			assertThat(request).hasCount(1);
			request.getByText("Erase now").click();
			assertThat(page.locator(".alert-success")).containsText("The person has been erased");
			assertThat(page.locator("#privacy-log")).containsText("Erased");
			assertThat(page.locator("main")).not().containsText(name);
		}
		finally {
			adminBrowser.close();
			page = participant;
		}

		// the session ended with the erasure, and the account cannot sign in again
		visit("/my");
		assertThat(page).hasURL(url("/login"));
		signInAs(email);
		assertThat(page.locator("#login-error")).isVisible();
	}

}
