package org.traject.evaluations.internal;

import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.traject.catalogue.Catalogue;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.web.Formats;
import org.traject.web.ProviderTimeZone;

/**
 * The evaluation emails, queued in the transaction that opens the round or marks the
 * reminder sent: the personal link and the one reminder, in the form's language. Each is
 * keyed by its invitation, so the outbox never holds one twice.
 */
@Component
class EvaluationEmails {

	private static final String TEMPLATE = "evaluations/email/evaluation";

	private final EmailOutbox outbox;

	private final Catalogue catalogue;

	private final ProviderTimeZone zone;

	EvaluationEmails(EmailOutbox outbox, Catalogue catalogue, ProviderTimeZone zone) {
		this.outbox = outbox;
		this.catalogue = catalogue;
		this.zone = zone;
	}

	void invitation(long invitationId, String email, String name, String language, String programme, String token,
			Instant closes) {
		queue("evaluation-invitation", invitationId, email, name, language, programme, token, closes);
	}

	void reminder(long invitationId, String email, String name, String language, String programme, String token,
			Instant closes) {
		queue("evaluation-reminder", invitationId, email, name, language, programme, token, closes);
	}

	String programmeTitle(long programmeId) {
		return catalogue.find(programmeId).map(Catalogue.ProgrammeView::title).orElse("");
	}

	private void queue(String kind, long invitationId, String email, String name, String language, String programme,
			String token, Instant closes) {
		outbox.queue(Email.of(kind, kind + "-" + invitationId)
			.to(email, language)
			.subjectKey("evaluations.email." + kind + ".subject")
			.subjectArguments(programme)
			.template(TEMPLATE)
			.with("kind", kind)
			.with("name", name)
			.with("programme", programme)
			.with("closes", Formats.longDate(closes.atZone(zone.zone()), Locale.forLanguageTag(language)))
			.link("actionLink", "/evaluation/" + token)
			.build());
	}

}
