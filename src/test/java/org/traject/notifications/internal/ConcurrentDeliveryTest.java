package org.traject.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.test.MailIntegrationTest;
import org.traject.test.TestSmtp;

/**
 * Several workers deliver from one outbox at once, as two application instances would
 * (plus this context's own scheduled job): each email is claimed by one worker and sent
 * once.
 */
@MailIntegrationTest
class ConcurrentDeliveryTest {

	@Autowired
	EmailOutbox outbox;

	@Autowired
	OutgoingEmails outgoing;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoWorkersClaimingAtTheSameMomentNeverGetTheSameEmail() throws Exception {
		String domain = queue(300);
		Set<Long> mine = ids(domain);
		String workerA = "test-a-" + UUID.randomUUID();
		String workerB = "test-b-" + UUID.randomUUID();

		List<List<Long>> claims = together(() -> claimAll(workerA), () -> claimAll(workerB));

		List<Long> byA = claims.get(0).stream().filter(mine::contains).toList();
		List<Long> byB = claims.get(1).stream().filter(mine::contains).toList();
		assertThat(byA).doesNotHaveDuplicates();
		assertThat(byB).doesNotHaveDuplicates();
		assertThat(new HashSet<>(byA)).doesNotContainAnyElementsOf(byB);
		assertThat(byA.size() + byB.size()).as("emails the two test workers claimed").isPositive();
		// hand the claims back, so the scheduled job sends them
		jdbc.sql("""
				update outgoing_email set status = 'PENDING', claimed_by = null, claimed_until = null, attempts = 0
				where claimed_by in (:a, :b) and status = 'SENDING'""")
			.param("a", workerA)
			.param("b", workerB)
			.update();
	}

	@Test
	void twoWorkersDeliveringTogetherSendEachEmailOnce() throws Exception {
		String domain = queue(200);

		together(() -> deliverUntilSent(domain), () -> deliverUntilSent(domain));

		await().atMost(Duration.ofSeconds(30)).until(() -> TestSmtp.recipientsIn(domain).size() == 200);
		List<String> received = TestSmtp.recipientsIn(domain);
		assertThat(received).doesNotHaveDuplicates().hasSize(200);
		assertThat(jdbc.sql("select count(*) from outgoing_email where recipient like :d and status = 'SENT'")
			.param("d", "%@" + domain)
			.query(Long.class)
			.single()).isEqualTo(200);
	}

	private String queue(int count) {
		String domain = "workers-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
		transactions.executeWithoutResult(tx -> {
			for (int i = 0; i < count; i++) {
				outbox.queue(Email.of("test-message", domain + "-" + i)
					.to("person-" + i + "@" + domain, "en")
					.subjectKey("app.name")
					.template("notifications/email/test-message")
					.with("id", i)
					.build());
			}
		});
		return domain;
	}

	private Set<Long> ids(String domain) {
		return new HashSet<>(jdbc.sql("select id from outgoing_email where recipient like :d")
			.param("d", "%@" + domain)
			.query(Long.class)
			.list());
	}

	private List<Long> claimAll(String name) {
		List<Long> claimed = new ArrayList<>();
		for (List<OutgoingEmails.ClaimedEmail> batch = outgoing.claimDue(name, 20, Duration.ofMinutes(5)); !batch
			.isEmpty(); batch = outgoing.claimDue(name, 20, Duration.ofMinutes(5))) {
			batch.forEach(email -> claimed.add(email.id()));
		}
		return claimed;
	}

	private List<Long> deliverUntilSent(String domain) {
		while (jdbc.sql("select count(*) from outgoing_email where recipient like :d and status <> 'SENT'")
			.param("d", "%@" + domain)
			.query(Long.class)
			.single() > 0) {
			worker.deliverBatch();
		}
		return List.of();
	}

	/**
	 * Runs both at the same moment, each in a thread of its own, and returns what they
	 * returned.
	 */
	@SafeVarargs
	private static <T> List<T> together(Callable<T>... tasks) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(tasks.length);
		try {
			var start = new CountDownLatch(1);
			List<Future<T>> running = new ArrayList<>();
			for (Callable<T> task : tasks) {
				running.add(threads.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : running) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
