package org.traject.evaluations;

import static org.traject.test.TestSmtp.text;
import static org.traject.test.TestSmtp.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.traject.evaluations.internal.EvaluationJob;
import org.traject.test.MailIntegrationTest;
import org.traject.test.TestSmtp;

/**
 * Over real SMTP: the evaluation email carries the personal link, and the one reminder
 * arrives once, with a link of its own, however often the job runs.
 */
@MailIntegrationTest
class EvaluationMailTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	EvaluationJob job;

	@Test
	void theLinkAndOneReminderReachTheParticipantOverSmtp() throws Exception {
		var fixtures = new EvaluationFixtures(context);
		Instant now = Instant.now();
		long programme = fixtures.programme("en");
		var cohort = fixtures.endedCohort(programme, 2, 1, now);
		var person = fixtures.enrol(cohort.id(), "Rita Reminded");

		job.runAt(now);
		await().atMost(Duration.ofSeconds(30)).until(() -> received(person.email()).size() == 1);
		var invitation = received(person.email()).get(0);
		assertThat(invitation.getSubject()).startsWith("How was Evaluated programme");
		String link = fixtures.link("evaluation-invitation", person.email());
		assertThat(text(invitation)).contains("Hello Rita Reminded")
			.contains("https://traject.example.org/evaluation/" + link);

		fixtures.invitedDaysAgo(fixtures.round(cohort.id()), 6);
		job.runAt(now);
		job.runAt(now);
		job.runAt(now.plus(Duration.ofDays(1)));
		await().atMost(Duration.ofSeconds(30)).until(() -> received(person.email()).size() == 2);
		Thread.sleep(1500);
		var all = received(person.email());
		assertThat(all).hasSize(2);
		var reminder = all.stream().filter(m -> subject(m).startsWith("Reminder")).findFirst().orElseThrow();
		String reminderLink = fixtures.link("evaluation-reminder", person.email());
		assertThat(text(reminder)).contains("https://traject.example.org/evaluation/" + reminderLink);
		assertThat(reminderLink).isNotEqualTo(link);
	}

	/** The evaluation emails the address received (it also had its enrolment's). */
	private static List<MimeMessage> received(String email) {
		return TestSmtp.receivedBy(email)
			.stream()
			.filter(m -> subject(m).startsWith("How was") || subject(m).startsWith("Reminder"))
			.toList();
	}

}
