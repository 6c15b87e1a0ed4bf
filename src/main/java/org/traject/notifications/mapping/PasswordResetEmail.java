package org.traject.notifications.mapping;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.people.People;
import org.traject.people.PasswordResetRequested;

/** {@link PasswordResetRequested} → the reset link, to the account's address. */
@Component
class PasswordResetEmail {

	private final EmailOutbox outbox;

	PasswordResetEmail(EmailOutbox outbox) {
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		outbox.queue(Email.of("password-reset", "account-token-" + event.tokenId())
			.to(event.email(), event.preferredLanguage())
			.with("name", event.displayName())
			.with("validMinutes", People.PASSWORD_RESET_VALIDITY.toMinutes())
			.link("resetLink", event.resetPath())
			.link("requestLink", "/account/password-reset")
			.build());
	}

}
