package org.traject.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.notifications.internal.OutboxRetention;
import org.traject.people.AccountData;
import org.traject.people.People;
import org.traject.privacy.internal.RetentionJob;
import org.traject.test.IntegrationTest;

/**
 * The retention jobs remove exactly what has passed its period: unfinished sign-ups after
 * 30 days, email bodies after 90 days, and nothing younger or still waiting.
 */
@IntegrationTest
class RetentionTest {

	@Autowired
	RetentionJob retention;

	@Autowired
	OutboxRetention outbox;

	@Autowired
	People people;

	@Autowired
	AccountData accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSignUpNobodyFinishedIsErasedAfterThirtyDaysAndNotBefore() {
		long old = signUp(Duration.ofDays(31));
		long recent = signUp(Duration.ofDays(29));
		long finished = people
			.ensureAccount("finished-" + UUID.randomUUID() + "@example.org", "Finished Sign-up", Locale.ENGLISH,
					"a-password-long-enough", java.util.Set.of(org.traject.people.Role.PARTICIPANT), null, null)
			.id();
		backdate(finished, Duration.ofDays(400));

		retention.run();

		assertThat(accounts.isErased(old)).isTrue();
		assertThat(accounts.isErased(recent)).isFalse();
		assertThat(accounts.isErased(finished)).isFalse();
		assertThat(jdbc.sql("select action from privacy_log where subject_person_id = :id")
			.param("id", old)
			.query(String.class)
			.list()).containsExactly("ERASED_BY_RETENTION");
	}

	@Test
	void emailBodiesAreEmptiedAfterNinetyDaysOnceTheyAreNoLongerWaiting() {
		String token = UUID.randomUUID().toString();
		long sentLongAgo = email(token + "-1", "SENT", Duration.ofDays(91));
		long sentRecently = email(token + "-2", "SENT", Duration.ofDays(89));
		long stillWaiting = email(token + "-3", "PENDING", Duration.ofDays(91));

		outbox.run();

		assertThat(body(sentLongAgo)).isEmpty();
		assertThat(body(sentRecently)).isEqualTo("Body " + token + "-2");
		assertThat(body(stillWaiting)).isEqualTo("Body " + token + "-3");
		assertThat(jdbc.sql("select subject from outgoing_email where id = :id")
			.param("id", sentLongAgo)
			.query(String.class)
			.single()).as("the row itself stays").isEqualTo("Subject");
	}

	private long signUp(Duration age) {
		long id = people
			.registerParticipant(new People.NewParticipant("unfinished-" + UUID.randomUUID() + "@example.org",
					"Unfinished Sign-up", null, null, Locale.ENGLISH))
			.id();
		backdate(id, age);
		return id;
	}

	private void backdate(long personId, Duration age) {
		jdbc.sql("update person set created_at = :at where id = :id")
			.param("at", java.sql.Timestamp.from(Instant.now().minus(age)))
			.param("id", personId)
			.update();
	}

	private long email(String id, String status, Duration age) {
		return jdbc.sql("""
				insert into outgoing_email (event_id, kind, recipient, language, subject, html_body, text_body, status,
				                            created_at, delivered_at)
				values (:id, 'test', 'retention@example.org', 'en', 'Subject', :body, :body, :status, :at, :delivered)
				returning id""")
			.param("id", id)
			.param("body", "Body " + id)
			.param("status", status)
			.param("at", java.sql.Timestamp.from(Instant.now().minus(age)))
			.param("delivered", status.equals("SENT") ? java.sql.Timestamp.from(Instant.now().minus(age)) : null)
			.query(Long.class)
			.single();
	}

	private String body(long id) {
		return jdbc.sql("select text_body from outgoing_email where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
