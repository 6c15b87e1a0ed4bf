package org.traject.notifications;

import java.time.Duration;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.notifications.internal.EmailRenderer;
import org.traject.notifications.internal.OutgoingEmails;

/**
 * Queues emails for delivery. Called by the event mappings in this module (see the
 * package documentation); an email is rendered in its recipient's language when queued
 * and delivered by a scheduled job with retries. Joins the caller's transaction: nothing
 * is queued for a change that rolls back.
 * <p>
 * Emails that anyone can make Traject send by typing an address into a public form (see
 * {@link #FORM_TRIGGERED}) are capped per recipient: at most
 * {@code traject.mail.form-emails-per-recipient-per-hour} (default 5) in any hour, across
 * all instances, whatever is posted, so nobody can use Traject to flood a third party's
 * mailbox. One over the cap is dropped (and logged); the form still gives its usual
 * answer.
 */
@Service
public class EmailOutbox {

	/**
	 * Kinds sent on behalf of a public form: account confirmation after a sign-up,
	 * interest double opt-in, password reset, and "you already have an account".
	 */
	public static final Set<String> FORM_TRIGGERED = Set.of("email-confirmation", "interest-confirmation",
			"password-reset", "signup-existing-account");

	private static final Duration CAP_PERIOD = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(EmailOutbox.class);

	private final EmailRenderer renderer;

	private final OutgoingEmails outgoing;

	private final int capPerRecipient;

	EmailOutbox(EmailRenderer renderer, OutgoingEmails outgoing,
			@Value("${traject.mail.form-emails-per-recipient-per-hour:5}") int capPerRecipient) {
		this.renderer = renderer;
		this.outgoing = outgoing;
		this.capPerRecipient = capPerRecipient;
	}

	/**
	 * Queues the email unless its event already did (redelivery is harmless), or unless
	 * it is form-triggered and its recipient has had the hour's allowance.
	 */
	@Transactional
	public void queue(Email email) {
		if (FORM_TRIGGERED.contains(email.kind())
				&& outgoing.countRecentAndLock(email.recipient(), FORM_TRIGGERED, CAP_PERIOD) >= capPerRecipient) {
			log.warn("Email {} for event {} not queued: its recipient had {} form-triggered emails in the last hour",
					email.kind(), email.eventId(), capPerRecipient);
			return;
		}
		if (!outgoing.add(email, renderer.render(email))) {
			log.debug("Email {} for event {} already queued", email.kind(), email.eventId());
		}
	}

}
