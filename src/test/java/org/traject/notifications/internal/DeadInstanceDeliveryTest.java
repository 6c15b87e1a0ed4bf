package org.traject.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.test.MailIntegrationTest;
import org.traject.test.TestSmtp;

/**
 * An instance killed while it holds the delivery job's lock: the lock row stays behind,
 * naming a process that no longer exists. The instances still running take over within a
 * minute, and send each email once.
 */
@MailIntegrationTest
class DeadInstanceDeliveryTest {

	private static final String LOCK = "outgoing-email-delivery";

	@Autowired
	EmailOutbox outbox;

	@Autowired
	DeliveryJob job;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Test
	void emailsQueuedAfterTheLockHolderDiedAreDeliveredWithinAMinuteAndOnce() throws Exception {
		long died = System.nanoTime();
		await().atMost(Duration.ofSeconds(10)).until(this::lockAsAKilledInstanceWouldHaveLeftIt);
		String domain = queue(60);

		// the lock is honoured: while it lasts, nobody delivers
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(3))
			.until(() -> TestSmtp.recipientsIn(domain).isEmpty());

		// a second living instance beside this context's own scheduled job, both asking
		// for the lock all the time
		ExecutorService secondInstance = Executors.newSingleThreadExecutor();
		try {
			secondInstance.submit(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					job.deliverDue();
					Thread.sleep(100);
				}
				return null;
			});
			Duration left = Duration.ofMinutes(1).minusNanos(System.nanoTime() - died);
			await().atMost(left)
				.pollInterval(Duration.ofMillis(200))
				.until(() -> TestSmtp.recipientsIn(domain).size() >= 60);
		}
		finally {
			secondInstance.shutdownNow();
			secondInstance.awaitTermination(30, TimeUnit.SECONDS);
		}
		// a second copy of any email would arrive within a second: none does
		await().during(Duration.ofSeconds(1))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(TestSmtp.recipientsIn(domain)).hasSize(60).doesNotHaveDuplicates());
		assertThat(jdbc.sql("select count(*) from outgoing_email where recipient like :d and status = 'SENT'")
			.param("d", "%@" + domain)
			.query(Long.class)
			.single()).isEqualTo(60);
	}

	/**
	 * Takes the free lock for as long as the job's own {@code lockAtMostFor} in the name
	 * of a process that then never releases it: what {@code kill -9} during a round
	 * leaves behind.
	 */
	private boolean lockAsAKilledInstanceWouldHaveLeftIt() throws NoSuchMethodException {
		String atMostFor = DeliveryJob.class.getMethod("deliverDue").getAnnotation(SchedulerLock.class).lockAtMostFor();
		Duration lock = Duration.parse(environment.resolveRequiredPlaceholders(atMostFor));
		return jdbc.sql("""
				insert into shedlock (name, lock_until, locked_at, locked_by)
				values (:name, now() + make_interval(secs => :seconds), now(), 'killed-instance-4711')
				on conflict (name) do update
				set lock_until = excluded.lock_until, locked_at = excluded.locked_at, locked_by = excluded.locked_by
				where shedlock.lock_until <= now()""")
			.param("name", LOCK)
			.param("seconds", (double) lock.toMillis() / 1000)
			.update() == 1;
	}

	private String queue(int count) {
		String domain = "dead-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
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

}
