package org.traject.evaluations.internal;

import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens the evaluation rounds that are due and sends the reminders. ShedLock runs it on
 * one instance at a time; even two runs at once open each round and send each reminder
 * once, since the database decides (see {@link EvaluationRounds}). One round's or one
 * reminder's trouble does not stop the others: the next run tries again.
 */
@Component
public class EvaluationJob {

	private static final Logger log = LoggerFactory.getLogger(EvaluationJob.class);

	private final EvaluationRounds rounds;

	EvaluationJob(EvaluationRounds rounds) {
		this.rounds = rounds;
	}

	@Scheduled(fixedDelayString = "${traject.evaluations.interval:PT15M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "evaluations-send-and-remind", lockAtMostFor = "PT10M")
	void run() {
		runAt(Instant.now());
	}

	/**
	 * Opens what is due and reminds who is due at the given moment; returns the emails
	 * queued.
	 */
	public int runAt(Instant now) {
		int invited = 0;
		for (var due : rounds.due(now)) {
			try {
				invited += rounds.open(due, now);
			}
			catch (RuntimeException ex) {
				log.warn("Could not open the evaluation of cohort {}", due.cohortId(), ex);
			}
		}
		int reminded = 0;
		for (long id : rounds.dueReminders(now)) {
			try {
				if (rounds.remind(id, now)) {
					reminded++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not remind evaluation invitation {}", id, ex);
			}
		}
		if (invited + reminded > 0) {
			log.info("Evaluations: {} invitation(s) and {} reminder(s) queued", invited, reminded);
		}
		return invited + reminded;
	}

}
