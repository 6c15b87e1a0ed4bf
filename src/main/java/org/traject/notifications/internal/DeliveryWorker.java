package org.traject.notifications.internal;

import java.net.InetAddress;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers one batch of due emails: claims them, hands them to the transport, records
 * each outcome. Safe to run in several threads and on several instances at once, because
 * a claim is exclusive.
 */
@Component
public class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private final OutgoingEmails outbox;

	private final MailTransport transport;

	private final MailSettings.Delivery settings;

	private final String instance = instanceName();

	DeliveryWorker(OutgoingEmails outbox, MailTransport transport, MailSettings settings) {
		this.outbox = outbox;
		this.transport = transport;
		this.settings = settings.delivery();
	}

	public boolean available() {
		return transport.available();
	}

	/**
	 * Delivers up to one batch; returns how many emails it claimed (0: nothing was due).
	 */
	public int deliverBatch() {
		if (!transport.available()) {
			return 0;
		}
		// a name per batch, so two threads of one instance never mistake each other's
		// claims for their own
		String worker = instance + "/" + UUID.randomUUID();
		var claimed = outbox.claimDue(worker, settings.batchSize(), settings.lease());
		if (claimed.isEmpty()) {
			return 0;
		}
		Map<Long, Exception> failures = transport.deliver(claimed);
		for (var email : claimed) {
			Exception failure = failures.get(email.id());
			if (failure == null) {
				outbox.markDelivered(email.id(), worker, transport.deliveredAs());
			}
			else {
				outbox.markFailed(email.id(), worker, describe(failure), settings.maxAttempts(),
						settings.backoffAfter(email.attempts()));
			}
		}
		if (!failures.isEmpty()) {
			log.warn("{} of {} emails not delivered, will retry: {}", failures.size(), claimed.size(),
					describe(failures.values().iterator().next()));
		}
		return claimed.size();
	}

	private static String describe(Throwable failure) {
		var text = new StringBuilder();
		for (Throwable t = failure; t != null && text.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
			if (!text.isEmpty()) {
				text.append(" <- ");
			}
			text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
		}
		return text.toString();
	}

	private static String instanceName() {
		try {
			return InetAddress.getLocalHost().getHostName() + "-" + ProcessHandle.current().pid();
		}
		catch (java.io.IOException ex) {
			return "instance-" + ProcessHandle.current().pid();
		}
	}

}
