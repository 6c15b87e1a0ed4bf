package org.traject.notifications.internal;

import java.util.List;
import java.util.Map;

/**
 * Without an SMTP server (development): emails are not sent but kept, and shown at
 * {@code /dev/mailbox}. Never used in the {@code prod} profile.
 */
class MailboxTransport implements MailTransport {

	@Override
	public boolean available() {
		return true;
	}

	@Override
	public OutgoingEmails.DeliveryStatus deliveredAs() {
		return OutgoingEmails.DeliveryStatus.MAILBOX;
	}

	@Override
	public Map<Long, Exception> deliver(List<OutgoingEmails.ClaimedEmail> emails) {
		return Map.of();
	}

}
