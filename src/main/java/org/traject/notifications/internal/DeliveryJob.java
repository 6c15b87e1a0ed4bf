package org.traject.notifications.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Empties the outbox on a schedule. ShedLock keeps the job to one instance at a time (the claims would keep the
 * emails apart anyway; the lock saves the others the work).
 */
@Component
class DeliveryJob {

	/** At most this many batches per run, so one run never holds the lock for long. */
	private static final int MAX_BATCHES_PER_RUN = 20;

	private final DeliveryWorker worker;

	private final int batchSize;

	DeliveryJob(DeliveryWorker worker, MailSettings settings) {
		this.worker = worker;
		this.batchSize = settings.delivery().batchSize();
	}

	@Scheduled(initialDelayString = "${traject.mail.delivery.interval:PT10S}",
			fixedDelayString = "${traject.mail.delivery.interval:PT10S}")
	@SchedulerLock(name = "outgoing-email-delivery", lockAtMostFor = "PT10M")
	public void deliverDue() {
		for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
			if (worker.deliverBatch() < batchSize) {
				return;
			}
		}
	}
}
