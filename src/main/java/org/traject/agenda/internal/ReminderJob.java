package org.traject.agenda.internal;

import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the reminders that are due. ShedLock runs it on one instance at a time; even two
 * runs at once would send each reminder once, since the {@code reminder_sent} row decides
 * (see {@link Reminders}).
 */
@Component
class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final Reminders reminders;

	ReminderJob(Reminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(fixedDelayString = "${traject.agenda.reminder-interval:PT5M}",
			initialDelayString = "${traject.agenda.reminder-initial-delay:PT45S}")
	@SchedulerLock(name = "agenda-reminders", lockAtMostFor = "PT10M")
	void run() {
		int sent = reminders.sendDue(Instant.now());
		if (sent > 0) {
			log.info("Sent {} reminder(s)", sent);
		}
	}

}
