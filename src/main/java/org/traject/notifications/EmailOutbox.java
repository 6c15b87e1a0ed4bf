package org.traject.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.notifications.internal.EmailRenderer;
import org.traject.notifications.internal.OutgoingEmails;

/**
 * Queues emails for delivery. Called by the event mappings in this module (see the
 * package documentation); an email is rendered in its recipient's language when queued
 * and delivered by a scheduled job with retries. Joins the caller's transaction: nothing
 * is queued for a change that rolls back.
 */
@Service
public class EmailOutbox {

	private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);

	private final EmailRenderer renderer;

	private final OutgoingEmails outgoing;

	EmailOutbox(EmailRenderer renderer, OutgoingEmails outgoing) {
		this.renderer = renderer;
		this.outgoing = outgoing;
	}

	/** Queues the email unless its event already did (redelivery is harmless). */
	@Transactional
	public void queue(Email email) {
		if (!outgoing.add(email, renderer.render(email))) {
			log.debug("Email {} for event {} already queued", email.kind(), email.eventId());
		}
	}

}
