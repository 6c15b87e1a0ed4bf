package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.SeatRelease;
import org.traject.test.DemoUsers;

/**
 * A visitor signs up for an open cohort with a new account; without a mail server both
 * emails (the place confirmed, the address to confirm) land in the development mailbox;
 * the confirmation link there asks for a password, and saving it activates the account.
 */
class SignUpMailboxBrowserTest extends BrowserTest {

	private static final Pattern CONFIRM_PATH = Pattern.compile("/account/confirm/[A-Za-z0-9_-]{20,}");

	@Autowired
	CohortEditing cohorts;

	@Autowired
	ProgrammeEditing programmes;

	@Test
	void aVisitorEnrolsAndTheEmailsInTheMailboxWork() {
		var today = java.time.LocalDate.now();
		long cohortId = cohorts.create(programmes.idOfSlug("ontwikkeltraject-directeur-ikc").orElseThrow(),
				new CohortSettings("Mailbox " + UUID.randomUUID().toString().substring(0, 6), today.plusDays(40),
						today.plusDays(70), "Vlaardingen", false, "Europe/Amsterdam", 10, 2, today.minusDays(1),
						today.plusDays(30), SeatRelease.CONFIRM_NEXT, 48));
		cohorts.openForEnrolment(cohortId, cohorts.find(cohortId).orElseThrow().version());
		String email = "new-visitor-" + UUID.randomUUID() + "@example.org";

		visit("/signup/" + cohortId);
		page.locator("#name").fill("Lotte Visser");
		page.locator("#email").fill(email);
		page.locator("#organisation").fill("Kindcentrum De Linde");
		page.locator("#jobTitle").fill("Locatieleider");
		page.locator("main form button[type=submit]").last().click();
		// the same answer as for an address that has an account: the email tells the
		// outcome
		assertThat(page.locator("h1")).hasText("Check your email");
		assertThat(page.locator("main")).containsText(email);
		checkAccessibility();

		Page visitor = page;
		BrowserContext adminContext = openAnotherBrowser();
		String confirmPath;
		try {
			page = adminContext.newPage();
			signInAs(DemoUsers.ADMIN);
			Locator rows = page.locator("#mailbox tr", new Page.LocatorOptions().setHasText(email));
			for (int tries = 0; tries < 30 && rows.count() < 2; tries++) {
				visit("/dev/mailbox?lang=en");
				if (rows.count() < 2) {
					page.waitForTimeout(500);
				}
			}
			assertThat(rows).hasCount(2);
			assertThat(page.locator("#mailbox"))
				.containsText("Your place in Ontwikkeltraject Directeur Integraal Kindcentrum is confirmed");
			rows.filter(new Locator.FilterOptions().setHasText("Confirm your email address"))
				.getByRole(com.microsoft.playwright.options.AriaRole.LINK)
				.click();
			checkAccessibility();
			var matcher = CONFIRM_PATH.matcher(page.locator("#email-text").textContent());
			assertThat(matcher.find()).as("a confirmation link in the email").isTrue();
			confirmPath = matcher.group();
		}
		finally {
			adminContext.close();
			page = visitor;
		}

		visit(confirmPath);
		assertThat(page.locator("h1")).hasText("Choose your password");
		checkAccessibility();
		page.locator("#password").fill("a-long-enough-password");
		page.locator("#confirmation").fill("a-long-enough-password");
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(url("/my"));
		assertThat(page.locator("main"))
			.containsText("Your email address is confirmed and your password is saved; you are signed in");
		assertThat(page.locator("main")).containsText("Ontwikkeltraject Directeur Integraal Kindcentrum");
	}

}
