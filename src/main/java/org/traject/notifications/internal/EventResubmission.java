package org.traject.notifications.internal;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands every module's event publications that did not complete (their listener failed
 * while PostgreSQL was away, or the instance running it was killed) to their listeners
 * again, once they are older than {@code traject.events.resubmit-after} (2 minutes by
 * default), every minute on one instance (ShedLock). Without it they waited for the next
 * restart: measured by {@code bench/faults.sh}, 29 publications of a 5-second database
 * outage stayed incomplete. Listeners may run twice: the emails they queue are unique per
 * event, kind and recipient ({@code outgoing_email_once_per_event}).
 */
@Component
public class EventResubmission {

	private final IncompleteEventPublications incomplete;

	private final Duration after;

	EventResubmission(IncompleteEventPublications incomplete,
			@Value("${traject.events.resubmit-after:PT2M}") Duration after) {
		this.incomplete = incomplete;
		this.after = after;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
	@SchedulerLock(name = "event-publication-resubmission", lockAtMostFor = "PT5M")
	public void resubmit() {
		incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(after).withBatchSize(200));
	}

}
