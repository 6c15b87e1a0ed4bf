package org.traject.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.test.IntegrationTest;

/**
 * Whatever is posted to the public forms, one address gets at most five form-triggered
 * emails (confirmation, interest double opt-in, password reset) an hour; emails that
 * staff or the person's own enrolment cause are not counted.
 */
@IntegrationTest
class FormEmailCapTest {

	@Autowired
	EmailOutbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneAddressGetsAtMostFiveFormTriggeredEmailsAnHourWhateverTheirKind() {
		String victim = "victim-" + UUID.randomUUID() + "@example.org";
		String[] kinds = { "password-reset", "interest-confirmation", "email-confirmation", "password-reset",
				"signup-existing-account", "password-reset", "interest-confirmation", "email-confirmation" };
		for (String kind : kinds) {
			// each in its own transaction, as separate form posts would be
			transactions.executeWithoutResult(tx -> outbox.queue(email(kind, victim)));
		}
		// the same address in other letters is the same mailbox
		transactions.executeWithoutResult(tx -> outbox.queue(email("password-reset", victim.toUpperCase())));

		assertThat(jdbc.sql("select kind from outgoing_email where lower(recipient) = lower(:to) order by id")
			.param("to", victim)
			.query(String.class)
			.list()).as("the first five are queued, the rest dropped")
			.containsExactly("password-reset", "interest-confirmation", "email-confirmation", "password-reset",
					"signup-existing-account");
	}

	@Test
	void emailsThatNoPublicFormCausesAreNotCapped() {
		String participant = "participant-" + UUID.randomUUID() + "@example.org";
		for (int i = 0; i < 5; i++) {
			transactions.executeWithoutResult(tx -> outbox.queue(email("password-reset", participant)));
		}
		for (int i = 0; i < 3; i++) {
			transactions.executeWithoutResult(tx -> outbox.queue(email("enrolment-confirmed", participant)));
		}
		assertThat(count("select count(*) from outgoing_email where recipient = :to", participant)).isEqualTo(8);
	}

	@Test
	void anotherAddressHasItsOwnAllowance() {
		String first = "first-" + UUID.randomUUID() + "@example.org";
		String second = "second-" + UUID.randomUUID() + "@example.org";
		for (int i = 0; i < 6; i++) {
			transactions.executeWithoutResult(tx -> outbox.queue(email("password-reset", first)));
		}
		transactions.executeWithoutResult(tx -> outbox.queue(email("password-reset", second)));
		assertThat(count("select count(*) from outgoing_email where recipient = :to", first)).isEqualTo(5);
		assertThat(count("select count(*) from outgoing_email where recipient = :to", second)).isEqualTo(1);
	}

	private static Email email(String kind, String to) {
		return Email.of(kind, "cap-test-" + UUID.randomUUID())
			.to(to, "en")
			.subjectKey("notifications.password-reset.subject")
			.template(Email.TEMPLATE_FOLDER + "password-reset")
			.with("name", "Vera Victim")
			.with("validMinutes", 60)
			.link("resetLink", "/account/password-reset/x")
			.link("requestLink", "/account/password-reset")
			.build();
	}

	private long count(String sql, String to) {
		return jdbc.sql(sql).param("to", to).query(Long.class).single();
	}

}
