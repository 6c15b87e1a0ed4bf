package org.traject.notifications.mapping;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.traject.development.FeedbackInvited;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.web.SupportedLanguages;

/** {@link FeedbackInvited} → the personal feedback link, to the manager or peer invited (no account needed). */
@Component
class FeedbackInvitationEmail {

	private final EmailOutbox outbox;

	FeedbackInvitationEmail(EmailOutbox outbox) {
		this.outbox = outbox;
	}

	@ApplicationModuleListener
	void on(FeedbackInvited event) {
		Locale language = SupportedLanguages.closest(Locale.forLanguageTag(event.language()));
		Locale readable = language.equals(SupportedLanguages.ENGLISH) ? Locale.UK : language;
		String deadline = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(readable)
			.format(event.expiresAt().atZone(ZoneId.of("Europe/Amsterdam")));
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
