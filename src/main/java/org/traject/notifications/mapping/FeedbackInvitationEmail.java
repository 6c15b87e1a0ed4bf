package org.traject.notifications.mapping;

import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.traject.development.FeedbackInvited;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.web.Formats;
import org.traject.web.ProviderTimeZone;
import org.traject.web.SupportedLanguages;

/**
 * {@link FeedbackInvited} → the personal feedback link, to the manager or peer invited
 * (no account needed).
 */
@Component
class FeedbackInvitationEmail {

	private final EmailOutbox outbox;

	private final ProviderTimeZone timeZone;

	FeedbackInvitationEmail(EmailOutbox outbox, ProviderTimeZone timeZone) {
		this.outbox = outbox;
		this.timeZone = timeZone;
	}

	@ApplicationModuleListener
	void on(FeedbackInvited event) {
		Locale language = SupportedLanguages.closest(Locale.forLanguageTag(event.language()));
		String deadline = Formats.longDate(event.expiresAt().atZone(timeZone.zone()), language);
		outbox.queue(Email.of("feedback-invitation", "feedback-invitation-" + event.invitationId())
			.template(Email.TEMPLATE_FOLDER + "enrolment-update")
			.to(event.email(), event.language())
			.subjectArguments(event.participantName())
			.with("name", event.name())
			.with("participant", event.participantName())
			.with("deadline", deadline)
			.link("actionLink", event.link())
			.build());
	}

}
