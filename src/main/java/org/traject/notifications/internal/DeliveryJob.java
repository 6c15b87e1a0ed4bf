package org.traject.notifications.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Empties the outbox on a schedule. ShedLock keeps the job to one instance at a time; the
 * lock only saves the others the work, because the per-email claims already keep two
 * workers from sending the same email. So the lock is short
 * ({@code traject.mail.delivery.round}): an instance killed while holding it stops
 * delivery for that long at most, not until a long lock expires. A round is bounded in
 * size and in time, so a living instance is done well before its lock runs out; should a
 * round overrun (a slow mail server), another instance may start one beside it, which the
 * claims make harmless.
 */
@Component
class DeliveryJob {

	/** At most this many batches per round. */
	private static final int MAX_BATCHES_PER_RUN = 20;

	private final DeliveryWorker worker;

	private final int batchSize;

	/**
	 * No batch starts after this much of a round: half the lock, leaving the other half
	 * for the last batch.
	 */
	private final long budgetNanos;

	DeliveryJob(DeliveryWorker worker, MailSettings settings) {
		this.worker = worker;
		this.batchSize = settings.delivery().batchSize();
		this.budgetNanos = settings.delivery().round().dividedBy(2).toNanos();
	}

	@Scheduled(initialDelayString = "${traject.mail.delivery.interval:PT10S}",
			fixedDelayString = "${traject.mail.delivery.interval:PT10S}")
	@SchedulerLock(name = "outgoing-email-delivery", lockAtMostFor = "${traject.mail.delivery.round:PT30S}")
	public void deliverDue() {
		long start = System.nanoTime();
		for (int batch = 0; batch < MAX_BATCHES_PER_RUN && System.nanoTime() - start < budgetNanos; batch++) {
			if (worker.deliverBatch() < batchSize) {
				return;
			}
		}
	}

}
