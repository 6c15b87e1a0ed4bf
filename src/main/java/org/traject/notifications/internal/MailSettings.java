package org.traject.notifications.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code traject.mail.*}: who the emails come from and how the outbox delivers them.
 *
 * @param from the From address, e.g. {@code Traject <no-reply@example.org>}
 * @param providerName the programme provider named in every email's footer
 * @param providerContact how to reach the provider (an address or phone number), also in
 * the footer
 * @param delivery how the scheduled job delivers the outbox
 */
@ConfigurationProperties("traject.mail")
public record MailSettings(@DefaultValue("Traject <no-reply@traject.test>") String from,
		@DefaultValue("Traject") String providerName, @DefaultValue("info@traject.test") String providerContact,
		@DefaultValue Delivery delivery) {

	/**
	 * @param interval pause between two runs of the delivery job (also
	 * {@code traject.mail.delivery.interval} in {@code @Scheduled})
	 * @param batchSize emails claimed at once by one worker
	 * @param maxAttempts after this many failed attempts an email is FAILED until an
	 * administrator retries it
	 * @param backoff wait after the first failure; doubles with every further failure
	 * @param maxBackoff the longest wait between two attempts
	 * @param lease how long a claim holds; a worker that dies mid-send leaves its emails
	 * to others after this
	 * @param round the longest one instance holds the job-wide delivery lock (also
	 * {@code traject.mail.delivery.round} in {@code @SchedulerLock}): an instance that
	 * dies holding it stops delivery for at most this plus one {@code interval}; a round
	 * starts no batch after half of it
	 */
	public record Delivery(@DefaultValue("PT10S") Duration interval, @DefaultValue("50") int batchSize,
			@DefaultValue("8") int maxAttempts, @DefaultValue("PT30S") Duration backoff,
			@DefaultValue("PT1H") Duration maxBackoff, @DefaultValue("PT5M") Duration lease,
			@DefaultValue("PT30S") Duration round) {

		/**
		 * The wait before the next attempt after {@code attempts} failed ones:
		 * exponential, capped.
		 */
		public Duration backoffAfter(int attempts) {
			int doublings = Math.max(0, Math.min(attempts - 1, 30));
			Duration wait = backoff.multipliedBy(1L << doublings);
			return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
		}
	}
}
