package org.traject.notifications.mapping;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.people.EmailConfirmationRequested;
import org.traject.people.People;

/**
 * {@link EmailConfirmationRequested} → the confirmation link, to the address to confirm.
 */
@Component
class EmailConfirmationEmail {

	private final EmailOutbox outbox;

	EmailConfirmationEmail(EmailOutbox outbox) {
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(EmailConfirmationRequested event) {
		outbox.queue(Email.of("email-confirmation", "account-token-" + event.tokenId())
			.to(event.email(), event.preferredLanguage())
			.with("name", event.displayName())
			.with("validDays", People.EMAIL_CONFIRMATION_VALIDITY.toDays())
			.link("confirmLink", event.confirmationPath())
			.build());
	}

}
