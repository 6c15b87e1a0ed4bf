package org.traject.privacy.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Builds the copies of people's data that are waiting, every few seconds
 * ({@code traject.privacy.export.interval}, 5 s by default), on one instance at a time
 * (ShedLock); each copy is also claimed with {@code SKIP LOCKED}, so even two runs side
 * by side never build one twice. A run builds at most a handful, so that one instance
 * never holds the lock for long.
 */
@Component
public class ExportJob {

	private static final int PER_RUN = 10;

	private final DataExports exports;

	ExportJob(DataExports exports) {
		this.exports = exports;
	}

	@Scheduled(initialDelayString = "PT10S", fixedDelayString = "${traject.privacy.export.interval:PT5S}")
	@SchedulerLock(name = "privacy-data-export", lockAtMostFor = "PT15M")
	public void run() {
		for (int i = 0; i < PER_RUN && exports.buildNext(); i++) {
			// one copy per transaction
		}
	}

}
