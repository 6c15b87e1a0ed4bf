package org.traject.notifications.mapping;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.people.SignInCodeRequested;

/** {@link SignInCodeRequested} → the one-time sign-in code, to the account's address. */
@Component
class SignInCodeEmail {

	private final EmailOutbox outbox;

	SignInCodeEmail(EmailOutbox outbox) {
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(SignInCodeRequested event) {
		outbox.queue(Email.of("sign-in-code", "sign-in-code-" + event.codeId())
			.to(event.email(), event.preferredLanguage())
			.with("name", event.displayName())
			.with("code", event.code())
			.link("codeLink", event.enterPath())
			.build());
	}

}
