package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;
import org.traject.web.SupportedLanguages;

/**
 * The development journey: the demo participant takes a measurement (autosaved, cluster
 * by cluster), sees the radar chart and the table, turns a suggestion into a goal with an
 * action and evidence, shares the plan with a coach; the coach comments; the participant
 * reads the comment.
 */
class DevelopmentBrowserTest extends BrowserTest {

	@Autowired
	People people;

	@Test
	void aParticipantMeasuresPlansAndSharesAndTheCoachComments() {
		String coachName = "Coach " + UUID.randomUUID().toString().substring(0, 6);
		var coach = people.ensureAccount(coachName.toLowerCase().replace(' ', '-') + "@example.org", coachName,
				SupportedLanguages.ENGLISH, DemoUsers.PASSWORD, Set.of(Role.COACH), "Traject", null);
		page.onDialog(dialog -> dialog.accept());

		signInAs(DemoUsers.PARTICIPANT);
		visit("/my?lang=en");
		assertThat(page.locator("#development-heading")).hasText("Your development");
		page.locator("main a", new Page.LocatorOptions().setHasText("Measure yourself against a profile")).click();
		checkAccessibility();
		page.locator("#profileVersionId")
			.selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("IKC director"));
		page.locator("main form button", new Page.LocatorOptions().setHasText("Start the measurement")).click();
		assertThat(page.locator("h1")).containsText("Affinity measurement");
		assertThat(page.locator("main")).containsText("0 of 10 answered");
		checkAccessibility();

		page.locator(".cluster-list a").first().click();
		checkAccessibility();
		// htmx saves an answer as soon as it is given
		Locator first = page.locator(".competency").first();
		first.locator("input[name^='level-'][value='2']").check();
		assertThat(first.locator(".autosave-status")).hasText("Saved");
		first.locator("input[name^='affinity-'][value='5']").check();
		assertThat(page.locator("#progress-text")).hasText("1 of 10 answered");

		for (int cluster = 0; cluster < 10; cluster++) {
			Locator cards = page.locator(".competency");
			for (int i = 0; i < cards.count(); i++) {
				cards.nth(i).locator("input[name^='level-'][value='2']").check();
				cards.nth(i).locator("input[name^='affinity-'][value='4']").check();
			}
			page.locator("button[name=next][value=continue]").click();
			if (page.url().contains("#submit") || !page.url().contains("/clusters/")) {
				break;
			}
		}
		assertThat(page.locator("main")).containsText("10 of 10 answered");
		page.locator("#submit button").click();

		assertThat(page.locator("h1")).hasText("Your development potential");
		assertThat(page.locator(".flash-messages")).containsText("handed in");
		assertThat(page.locator("svg.radar-chart")).isVisible();
		assertThat(page.locator("svg.radar-chart .radar-label")).hasCount(10);
		assertThat(page.locator("table.results-table tbody tr")).hasCount(10);
		assertThat(page.locator(".formula")).containsText("× your affinity");
		checkAccessibility();

		Locator suggestion = page.locator("#suggestions .suggestion").first();
		String competency = suggestion.locator("h3").innerText();
		suggestion.locator("a.make-goal").click();
		assertThat(page.locator("h1")).hasText("New goal");
		assertThat(page.locator("input[name=competencies]:checked")).hasCount(1);
		checkAccessibility();
		String title = "Grow in " + competency;
		page.locator("#title").fill(title);
		page.locator("#description").fill("Practise it in the team meetings.");
		page.locator("#successCriteria").fill("The team notices the difference.");
		page.locator("#targetDate").fill(LocalDate.now().plusMonths(4).toString());
		page.locator("main form.goal-form button[type=submit]").click();
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator(".flash-messages")).containsText("is added to your plan");
		String goalUrl = page.url();
		String goalId = goalUrl.substring(goalUrl.lastIndexOf('/') + 1);

		page.locator("#actionType").selectOption("READING");
		page.locator("#actionDescription").fill("Read a book on leading change");
		page.locator("#dueDate").fill(LocalDate.now().plusWeeks(3).toString());
		page.locator("form[action$='/actions'] button[type=submit]").click();
		assertThat(page.locator("#actions")).containsText("Read a book on leading change");
		assertThat(page.locator("#actions-heading")).hasText("Actions: 0 of 1 done");
		page.locator("#actions select[name=status]").selectOption("DONE");
		page.locator("#actions form.action-move button").click();
		assertThat(page.locator("#actions-heading")).hasText("Actions: 1 of 1 done");
		checkAccessibility();

		page.locator("#text").fill("Discussed the first chapter with my deputy.");
		page.locator("#file")
			.setInputFiles(new FilePayload("reflection.txt", "text/plain",
					"What I learned this week".getBytes(StandardCharsets.UTF_8)));
		page.locator("form[action$='/evidence'] button[type=submit]").click();
		assertThat(page.locator("#evidence")).containsText("Discussed the first chapter");
		assertThat(page.locator("#evidence a", new Page.LocatorOptions().setHasText("reflection.txt"))).isVisible();
		checkAccessibility();

		visit("/my/plan/sharing");
		page.locator("#coachId").selectOption(Long.toString(coach.id()));
		page.locator("form[action$='/sharing/coach'] button").click();
		assertThat(page.locator(".flash-messages")).containsText("Your plan is shared.");
		assertThat(page.locator(".share-list")).containsText(coachName + " (coach)");
		checkAccessibility();

		context.clearCookies();
		signInAs(coach.email());
		visit("/coach");
		page.locator("table.coach-plans a", new Page.LocatorOptions().setHasText("Sanne Jansen")).click();
		assertThat(page.locator("h1")).hasText("Development plan of Sanne Jansen");
		checkAccessibility();
		page.locator("#comment-" + goalId).fill("Good choice. Bring one example to our next session.");
		page.locator("form[action$='/goals/" + goalId + "/comments'] button").click();
		assertThat(page.locator(".flash-messages")).containsText("Your comment is added.");

		context.clearCookies();
		signInAs(DemoUsers.PARTICIPANT);
		visit("/my/plan/goals/" + goalId);
		assertThat(page.locator("#comments")).containsText("Bring one example to our next session.");
		assertThat(page.locator("#comments")).containsText(coachName);
		visit("/my/plan");
		assertThat(page.locator("#goal-" + goalId)).containsText("1 of 1 action done");
	}

}
