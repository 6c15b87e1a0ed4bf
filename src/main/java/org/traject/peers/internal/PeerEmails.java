package org.traject.peers.internal;

import org.springframework.stereotype.Component;
import org.traject.notifications.Email;
import org.traject.notifications.EmailOutbox;
import org.traject.people.People;

/**
 * The emails of peer support, through the outbox: the question to the supporter, the
 * answer to the asker. Each names the other side by name only, never by address, and sets
 * no Reply-To: replying happens on the page the link opens.
 */
@Component
class PeerEmails {

	static final String TEMPLATE = "peers/email/question";

	private final EmailOutbox outbox;

	private final People people;

	PeerEmails(EmailOutbox outbox, People people) {
		this.outbox = outbox;
		this.people = people;
	}

	void asked(PeerQuestions.Question q) {
		people.findById(q.supporterId())
			.ifPresent(supporter -> queue("peer-question", "peer-question-" + q.id(), supporter, q.askerName(), q,
					"/peer-support/questions/" + q.id()));
	}

	void answered(PeerQuestions.Question q) {
		people.findById(q.askerId())
			.ifPresent(asker -> queue("peer-answer", "peer-answer-" + q.id(), asker, q.supporterName(), q,
					"/my/questions/" + q.id()));
	}

	private void queue(String kind, String eventId, People.PersonView recipient, String other, PeerQuestions.Question q,
			String link) {
		outbox.queue(Email.of(kind, eventId)
			.template(TEMPLATE)
			.subjectKey("peers.email." + kind + ".subject")
			.subjectArguments(other)
			.to(recipient.email(), recipient.preferredLanguage())
			.with("kind", kind)
			.with("name", recipient.displayName())
			.with("other", other)
			.with("questionSubject", q.subject())
			.with("question", q.question())
			.with("answer", q.answer() == null ? "" : q.answer())
			.link("actionLink", link)
			.build());
	}

}
