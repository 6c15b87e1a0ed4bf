package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.traject.test.DemoUsers;

/**
 * On a phone, the demo participant books her free conversation with the demo coach, moves
 * it to another time and cancels it; every page on the way passes axe.
 */
class CoachingBrowserTest extends BrowserTest {

	@Test
	void aParticipantBooksReschedulesAndCancelsACoachingAppointmentOnAPhone() {
		page.setViewportSize(375, 740);
		page.onDialog(dialog -> dialog.accept());
		signInAs(DemoUsers.PARTICIPANT);
		visit("/my/coaching");
		page.locator("a[aria-label*='Gratis gesprek met een managementcoach']").click();
		assertThat(page.locator("h1")).hasText("Book a coaching conversation");
		checkAccessibility();
		page.locator("#coach")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Joost Bakker"));
		page.locator("#zone").selectOption("Europe/Copenhagen");
		page.locator("form[method=get] button[type=submit]").click();
		assertThat(page.locator("#startsAt legend").first()).containsText("Europe/Copenhagen");
		checkAccessibility();
		var first = page.locator("input[name=startsAt]").first();
		String chosen = page.locator("label[for='" + first.getAttribute("id") + "']").textContent();
		first.check();
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Book this time"))
			.click();
		assertThat(page).hasURL(Pattern.compile(".*/my/coaching/appointments/\\d+"));
		assertThat(page.locator("main")).containsText("Your appointment is booked");
		assertThat(page.locator("main")).containsText("Joost Bakker");
		assertThat(page.locator("#appointment-when")).containsText(chosen.substring(0, 5));
		checkAccessibility();

		String before = page.locator("#appointment-when").textContent();
		page.locator("input[name=startsAt]").nth(1).check();
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Move to this time"))
			.click();
		assertThat(page.locator("main")).containsText("Your appointment has moved");
		assertThat(page.locator("#appointment-when")).not().hasText(before);
		checkAccessibility();

		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Cancel the appointment"))
			.click();
		assertThat(page).hasURL(url("/my/coaching"));
		assertThat(page.locator("main")).containsText("Your appointment is cancelled");
		assertThat(page.locator("main")).containsText("Cancelled");
		checkAccessibility();
	}

}
