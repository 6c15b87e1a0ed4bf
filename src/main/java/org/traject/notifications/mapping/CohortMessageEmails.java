package org.traject.notifications.mapping;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.CohortMessageSent;
import org.traject.cohorts.Cohorts;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.web.Markdown;

/**
 * A message a secretary sent to a cohort becomes one email per recipient, each in the
 * recipient's own name and language (the greeting and the frame; the secretary's text is
 * as written), with replies going to the programme's contact. All copies are queued in
 * one transaction under the message's id, so a redelivered event queues none twice and a
 * failure queues none.
 */
@Component
class CohortMessageEmails {

	private final EmailOutbox outbox;

	private final Cohorts cohorts;

	private final Catalogue catalogue;

	private final Markdown markdown;

	CohortMessageEmails(EmailOutbox outbox, Cohorts cohorts, Catalogue catalogue, Markdown markdown) {
		this.outbox = outbox;
		this.cohorts = cohorts;
		this.catalogue = catalogue;
		this.markdown = markdown;
	}

	@ApplicationModuleListener
	void on(CohortMessageSent event) {
		var message = cohorts.message(event.messageId()).orElseThrow();
		var programme = catalogue.find(event.programmeId()).orElseThrow();
		var cohort = cohorts.find(event.cohortId()).orElseThrow();
		String replyTo = catalogue.replyContact(programme.id()).map(Catalogue.Contact::email).orElse(null);
		String html = markdown.toSafeHtml(message.body());
		for (var recipient : message.recipients()) {
			outbox.queue(Email.of("cohort-message", "cohort-message-" + message.id())
				.to(recipient.email(), recipient.language())
				.subjectArguments(message.subject())
				.with("name", recipient.name())
				.with("programme", programme.title())
				.with("programmeLanguage", programme.language())
				.with("cohort", cohort.code())
				.with("bodyHtml", html)
				.with("bodyText", message.body().strip())
				.with("canReply", replyTo != null)
				.replyTo(replyTo)
				.link("actionLink", recipient.personId() != null ? "/my/messages" : "/programmes/" + programme.slug())
				.build());
		}
	}

}
