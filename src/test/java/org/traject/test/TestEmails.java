package org.traject.test;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.traject.notifications.CalendarFile;
import org.traject.notifications.CalendarSession;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;

/**
 * A mapping that exists only in the mail tests, for an event that exists only there: lets
 * a test produce many emails cheaply (no accounts, no password hashing) through the same
 * path as real events.
 */
public class TestEmails {

	/** A test asked for an email; with sessions, it carries a calendar file. */
	public record TestEmailRequested(String id, String recipient, String language, List<CalendarSession> sessions) {

		public TestEmailRequested(String id, String recipient) {
			this(id, recipient, "en", List.of());
		}
	}

	private final EmailOutbox outbox;

	TestEmails(EmailOutbox outbox) {
		this.outbox = outbox;
	}

	/**
	 * Public so that a test can play a redelivery: the listener run a second time for the
	 * same event.
	 */
	@ApplicationModuleListener
	public void on(TestEmailRequested event) {
		var email = Email.of("test-message", event.id())
			.to(event.recipient(), event.language())
			.subjectKey("notifications.email-confirmation.subject")
			.template("notifications/email/test-message")
			.with("id", event.id());
		if (!event.sessions().isEmpty()) {
			email.attach(CalendarFile.attachment("sessions.ics", event.sessions()));
		}
		outbox.queue(email.build());
	}

}
