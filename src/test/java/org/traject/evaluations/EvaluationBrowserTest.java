package org.traject.evaluations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.traject.browser.BrowserTest;
import org.traject.evaluations.internal.EvaluationJob;
import org.traject.test.DemoUsers;

/**
 * A participant answers the evaluation from the link in their email, first leaving a
 * question out; then the course secretary finds the cohort's results and reads the chart
 * and the same numbers in the table, with no name in sight.
 */
class EvaluationBrowserTest extends BrowserTest {

	@Autowired
	ApplicationContext applicationContext;

	@Autowired
	EvaluationJob job;

	@Test
	void aParticipantAnswersFromTheEmailedLinkAndTheSecretarySeesTheResultChart() {
		var fixtures = new EvaluationFixtures(applicationContext);
		Instant now = Instant.now();
		long programme = fixtures.programme("en");
		var cohort = fixtures.endedCohort(programme, 3, 2, now);
		var participant = fixtures.enrol(cohort.id(), "Petra Participant");
		fixtures.enrol(cohort.id(), "Quinn Quiet");
		job.runAt(now);
		String link = fixtures.link("evaluation-invitation", participant.email());

		visit("/evaluation/" + link + "?lang=en");
		assertThat(page.locator("h1").innerText()).isEqualTo("Evaluation");
		page.locator("label[for$='-4']").first().click();
		page.getByText("Send my answers").click();
		page.waitForLoadState();
		assertThat(page.locator(".error-summary").innerText()).contains("Question 2: choose a number from 1 to 5.");
		assertThat(page.locator("input[type=radio][value='4']").first().isChecked()).isTrue();
		checkAccessibility();
		// the form came back with 422 Unprocessable Content, which Chromium logs
		forgetConsoleErrorsContaining("status of 422");
		var questions = page.locator("fieldset.evaluation-question");
		questions.nth(1)
			.locator("label", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("5"))
			.click();
		questions.nth(2)
			.locator("label", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("3"))
			.click();
		questions.nth(3).getByText("Yes").click();
		page.locator("textarea").fill("More time for the network groups.");
		page.getByText("Send my answers").click();
		page.waitForLoadState();
		assertThat(page.locator("h1").innerText()).isEqualTo("Thank you");
		checkAccessibility();

		signInAs(DemoUsers.SECRETARY);
		visit("/secretary/evaluations?lang=en");
		page.locator("a[href='/secretary/evaluations/programmes/" + programme + "']").click();
		page.waitForLoadState();
		assertThat(page.locator("table.comparison tbody tr").innerText()).contains("50 %").contains("4.0");
		checkAccessibility();
		page.locator("table.comparison tbody a").click();
		page.waitForLoadState();
		assertThat(page.locator(".response-rate").innerText()).isEqualTo("1 of 2 answered (50 %)");
		var first = page.locator("section.evaluation-result").first();
		assertThat(first.locator("svg[role=img] title").innerHTML())
			.isEqualTo("Bar chart of the answers to question 1");
		assertThat(first.locator("svg .figure").allTextContents()).containsExactly("0 (0 %)", "0 (0 %)", "0 (0 %)",
				"1 (100 %)", "0 (0 %)");
		assertThat(first.locator("table.distribution tbody tr").nth(3).innerText()).contains("4").contains("1");
		assertThat(page.locator(".texts-hidden").innerText()).contains("at least 3 people");
		assertThat(page.content()).doesNotContain("Petra").doesNotContain("More time for the network groups.");
		checkAccessibility();
	}

}
