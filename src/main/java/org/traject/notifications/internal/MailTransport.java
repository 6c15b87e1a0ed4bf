package org.traject.notifications.internal;

import java.util.List;
import java.util.Map;

/**
 * Where claimed emails go: an SMTP server, or the development mailbox when none is
 * configured.
 */
public interface MailTransport {

	/**
	 * False when emails cannot go anywhere (production without SMTP): the outbox keeps
	 * them pending.
	 */
	boolean available();

	/** How a delivered email is recorded. */
	OutgoingEmails.DeliveryStatus deliveredAs();

	/**
	 * Delivers the emails; returns the failures by email id (empty when all went out).
	 */
	Map<Long, Exception> deliver(List<OutgoingEmails.ClaimedEmail> emails);

}
