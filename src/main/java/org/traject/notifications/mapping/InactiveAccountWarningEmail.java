package org.traject.notifications.mapping;

import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.privacy.InactiveAccountWarned;
import org.traject.web.Formats;
import org.traject.web.ProviderTimeZone;
import org.traject.web.SupportedLanguages;

/**
 * {@link InactiveAccountWarned} → the date the unused account will be erased, and that
 * signing in keeps it.
 */
@Component
class InactiveAccountWarningEmail {

	private final EmailOutbox outbox;

	private final ProviderTimeZone timeZone;

	InactiveAccountWarningEmail(EmailOutbox outbox, ProviderTimeZone timeZone) {
		this.outbox = outbox;
		this.timeZone = timeZone;
	}

	@ApplicationModuleListener
	void on(InactiveAccountWarned event) {
		Locale language = SupportedLanguages.closest(Locale.forLanguageTag(event.language()));
		outbox.queue(Email.of("inactive-account", "inactive-account-" + event.personId() + "-" + event.eraseOn())
			.to(event.email(), event.language())
			.with("name", event.displayName())
			.with("eraseOn", Formats.longDate(event.eraseOn().atZone(timeZone.zone()), language))
			.link("signInLink", "/login")
			.link("privacyLink", "/my/privacy")
			.build());
	}

}
