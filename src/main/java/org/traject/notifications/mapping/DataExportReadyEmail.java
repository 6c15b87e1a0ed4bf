package org.traject.notifications.mapping;

import java.time.Duration;
import java.time.Instant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.privacy.DataExportReady;

/**
 * {@link DataExportReady} → a link to the person's copy of their data, which asks them to
 * sign in; the copy itself never travels by email.
 */
@Component
class DataExportReadyEmail {

	private final EmailOutbox outbox;

	DataExportReadyEmail(EmailOutbox outbox) {
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(DataExportReady event) {
		long days = Math.max(1, Duration.between(Instant.now(), event.expiresAt()).plusHours(1).toDays());
		outbox.queue(Email.of("data-export-ready", "data-export-" + event.exportId())
			.to(event.email(), event.language())
			.with("name", event.displayName())
			.with("validDays", days)
			.link("downloadLink", event.downloadPath())
			.link("privacyLink", "/my/privacy")
			.build());
	}

}
