package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.traject.peers.PeerSector;
import org.traject.peers.internal.PeerSupporters;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;

/**
 * On a phone, a participant finds a peer supporter by sector, asks her a question (after
 * a first try without a subject comes back with the question still typed), and sees it
 * waiting; the supporter answers it on her page; the participant reads the answer.
 * Neither page shows the other's email address, and every page passes axe.
 */
class PeersBrowserTest extends BrowserTest {

	@Autowired
	People people;

	@Autowired
	PeerSupporters supporters;

	private final String run = UUID.randomUUID().toString().substring(0, 6);

	@Test
	void aParticipantAsksAQuestionOnAPhoneAndTheSupporterAnswersIt() {
		String askerEmail = account("Anouk Telefoon " + run, "nl");
		String supporterEmail = account("Sanne Steun " + run, "en");
		long supporterId = supporters.list(supporterEmail);
		supporters.save(supporterId,
				new PeerSupporters.ProfileChange(PeerSector.INTEGRATED_CHILD_CENTRE, 14,
						List.of("Teamontwikkeling " + run), "Directeur van een IKC in Deventer.", false,
						supporters.find(supporterId).orElseThrow().version()));

		useBrowserLanguage("nl-NL");
		page.setViewportSize(375, 740);
		signInAs(askerEmail);
		visit("/peers?lang=nl");
		assertThat(page.locator("h1")).hasText("Collegiale ondersteuners");
		page.locator("#sector").selectOption("INTEGRATED_CHILD_CENTRE");
		page.locator("form[method=get] button[type=submit]").click();
		assertThat(page.locator(".peer-list")).containsText("Sanne Steun " + run);
		checkAccessibility();
		fitsThePhone();
		page.locator(".peer-list a",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("Stel Sanne Steun " + run + " een vraag"))
			.click();
		assertThat(page.locator("h1")).containsText("Sanne Steun " + run);
		checkAccessibility();

		String question = "Hoe betrek ik mijn team bij het nieuwe schoolplan? " + run;
		page.getByLabel("Uw vraag").fill(question);
		send("Vraag versturen");
		assertThat(page.locator("#subject-error")).containsText("Vul dit in.");
		assertThat(page.getByLabel("Uw vraag")).hasValue(question);
		checkAccessibility();
		page.getByLabel("Onderwerp").fill("Schoolplan " + run);
		send("Vraag versturen");
		assertThat(page).hasURL(Pattern.compile(".*/my/questions/\\d+"));
		assertThat(page.locator(".flash-messages .alert-success")).containsText("Uw vraag is verstuurd");
		assertThat(page.locator("main")).containsText(question);
		assertThat(page.locator("main")).not().containsText(supporterEmail);
		checkAccessibility();
		fitsThePhone();
		String questionPath = page.url().replaceAll("^https?://[^/]+", "");
		long questionId = Long.parseLong(questionPath.replaceAll(".*/", ""));

		useBrowserLanguage("en-GB");
		signInAs(supporterEmail);
		visit("/peer-support?lang=en");
		assertThat(page.locator("h1")).hasText("Questions for you");
		page.locator(".peer-questions a",
				new com.microsoft.playwright.Page.LocatorOptions().setHasText("Schoolplan " + run))
			.click();
		assertThat(page).hasURL(Pattern.compile(".*/peer-support/questions/" + questionId));
		assertThat(page.locator("main")).containsText(question);
		assertThat(page.locator("main")).containsText("Anouk Telefoon " + run);
		assertThat(page.locator("main")).not().containsText(askerEmail);
		checkAccessibility();
		String answer = "Begin met een studiedag waarop het team de drie belangrijkste doelen kiest. " + run;
		page.getByLabel("Your answer").fill(answer);
		send("Send answer");
		assertThat(page.locator(".flash-messages .alert-success")).containsText("Your answer has been sent");
		assertThat(page.locator(".peer-answer")).containsText(answer);
		assertThat(page.locator("textarea")).hasCount(0);
		checkAccessibility();

		useBrowserLanguage("nl-NL");
		page.setViewportSize(375, 740);
		signInAs(askerEmail);
		visit("/my/questions?lang=nl");
		assertThat(page.locator(".peer-questions")).containsText("beantwoord");
		page.locator(".peer-questions a").first().click();
		assertThat(page.locator(".peer-answer")).containsText(answer);
		checkAccessibility();
		fitsThePhone();
	}

	private void send(String button) {
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName(button))
			.click();
	}

	private void fitsThePhone() {
		Object fits = page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
		org.assertj.core.api.Assertions.assertThat(fits).as("no sideways scrolling at 375 px").isEqualTo(true);
	}

	private String account(String name, String language) {
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + UUID.randomUUID() + "@example.org";
		people.ensureAccount(email, name, Locale.forLanguageTag(language), DemoUsers.PASSWORD, Set.of(Role.PARTICIPANT),
				"School " + run, "Leader");
		return email;
	}

}
