package org.traject.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.test.MailIntegrationTest;
import org.traject.test.TestEmails.TestEmailRequested;
import org.traject.test.TestSmtp;

/**
 * The mail server is down while emails pile up; when it is back, every email arrives, and
 * none twice.
 */
@MailIntegrationTest
class SmtpOutageTest {

	private static final int EMAILS = 500;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void serverIsBack() {
		TestSmtp.start();
	}

	@Test
	void everyEmailWrittenDuringAnOutageArrivesOnceWhenTheServerIsBack() {
		String domain = "outage-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
		List<String> recipients = new ArrayList<>();
		for (int i = 0; i < EMAILS; i++) {
			recipients.add("person-" + i + "@" + domain);
		}
		TestSmtp.stop();

		// many small transactions, as many users' changes would be
		for (int from = 0; from < EMAILS; from += 10) {
			List<String> batch = recipients.subList(from, from + 10);
			transactions.executeWithoutResult(tx -> batch
				.forEach(to -> events.publishEvent(new TestEmailRequested(UUID.randomUUID().toString(), to))));
		}

		// all are written, and every one has been tried and has failed at least once
		await().atMost(Duration.ofSeconds(60))
			.until(() -> count("""
					select count(*) from outgoing_email
					where recipient like :domain and status = 'PENDING' and attempts >= 1 and last_error is not null""",
					domain) == EMAILS);
		assertThat(
				count("select count(*) from outgoing_email where recipient like :domain and status = 'FAILED'", domain))
			.isZero();

		TestSmtp.start();

		await().atMost(Duration.ofSeconds(90))
			.until(() -> count("select count(*) from outgoing_email where recipient like :domain and status = 'SENT'",
					domain) == EMAILS);
		Map<String, Long> received = TestSmtp.recipientsIn(domain)
			.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(received).hasSize(EMAILS).containsOnlyKeys(recipients);
		assertThat(received.values()).allMatch(times -> times == 1);
		assertThat(jdbc.sql("""
				select count(*) from event_publication
				where event_type like '%TestEmailRequested' and serialized_event like :domain""")
			.param("domain", "%@" + domain + "%")
			.query(Long.class)
			.single()).as("event publications of this test").isEqualTo(EMAILS);
		assertThat(jdbc
			.sql("""
					select count(*) from event_publication
					where completion_date is null and event_type like '%TestEmailRequested' and serialized_event like :domain""")
			.param("domain", "%@" + domain + "%")
			.query(Long.class)
			.single()).as("event publications left incomplete").isZero();
	}

	private long count(String sql, String domain) {
		return jdbc.sql(sql).param("domain", "%@" + domain).query(Long.class).single();
	}

}
