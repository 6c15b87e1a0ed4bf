package org.traject.peers.internal;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Questions and answers are kept {@code traject.retention.peer-questions} (two years by
 * default) after their last activity, then deleted; the emails that carried them go with
 * the outbox's own retention. Runs every six hours on one instance (ShedLock).
 */
@Component
class PeerQuestionRetention {

	private static final Logger log = LoggerFactory.getLogger(PeerQuestionRetention.class);

	private final PeerQuestions questions;

	private final Duration kept;

	PeerQuestionRetention(PeerQuestions questions, @Value("${traject.retention.peer-questions:730d}") Duration kept) {
		this.questions = questions;
		this.kept = kept;
	}

	@Scheduled(initialDelayString = "PT20M", fixedDelayString = "PT6H")
	@SchedulerLock(name = "peer-question-retention", lockAtMostFor = "PT30M")
	void run() {
		int deleted = questions.deleteOlderThan(Instant.now().minus(kept));
		if (deleted > 0) {
			log.info("Deleted {} peer questions older than {}", deleted, kept);
		}
	}

}
