package org.traject.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.IntegrationTest;

/**
 * An event whose listener failed (PostgreSQL away for a moment, say) is handed to its
 * listener again without a restart, and the email it queues is there once.
 */
@IntegrationTest
class EventResubmissionTest {

	@Autowired
	EventResubmission resubmission;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPasswordResetWhoseEmailListenerFailedGetsItsEmailAtTheNextRoundOnce() {
		String email = "resubmit-" + UUID.randomUUID() + "@example.org";
		people.ensureAccount(email, "Rita Resubmit", Locale.ENGLISH, "a-long-password-1", Set.of(Role.PARTICIPANT),
				null, null);
		people.requestPasswordReset(email);
		await().atMost(Duration.ofSeconds(20)).until(() -> queued(email) == 1);

		// what a listener that failed three minutes ago leaves: its publication
		// incomplete,
		// no email queued
		jdbc.sql("delete from outgoing_email where recipient = :email").param("email", email).update();
		int failed = jdbc.sql("""
				update event_publication
				set completion_date = null, status = 'FAILED', publication_date = now() - interval '3 minutes'
				where serialized_event like :email and listener_id like '%PasswordResetEmail%'""")
			.param("email", "%" + email + "%")
			.update();
		assertThat(failed).as("the password reset's publication").isEqualTo(1);

		resubmission.resubmit();

		await().atMost(Duration.ofSeconds(20)).until(() -> queued(email) == 1 && incomplete(email) == 0);
		resubmission.resubmit();
		assertThat(queued(email)).as("queued once, however often it is resubmitted").isEqualTo(1);
	}

	private long queued(String email) {
		return jdbc.sql("select count(*) from outgoing_email where recipient = :email")
			.param("email", email)
			.query(Long.class)
			.single();
	}

	private long incomplete(String email) {
		return jdbc
			.sql("select count(*) from event_publication where serialized_event like :email"
					+ " and completion_date is null")
			.param("email", "%" + email + "%")
			.query(Long.class)
			.single();
	}

}
