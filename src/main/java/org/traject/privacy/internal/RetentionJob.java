package org.traject.privacy.internal;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.traject.people.AccountData;

/**
 * Retention of accounts nobody finished: a participant account whose address was never
 * confirmed and that never got a password is erased, like any erasure, once it is
 * {@code traject.retention.unconfirmed-accounts} old (30 days by default). Copies of
 * people's data are deleted once they expire ({@code traject.retention.data-exports}, 7
 * days). Runs every six hours, on one instance at a time (ShedLock), in small batches so
 * that one run never holds a transaction for long.
 */
@Component
public class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private static final int BATCH = 100;

	private static final int MAX_BATCHES = 20;

	private final AccountData accounts;

	private final Erasures erasures;

	private final DataExports exports;

	private final Duration unconfirmedAccounts;

	RetentionJob(AccountData accounts, Erasures erasures, DataExports exports,
			@Value("${traject.retention.unconfirmed-accounts:30d}") Duration unconfirmedAccounts) {
		this.accounts = accounts;
		this.erasures = erasures;
		this.exports = exports;
		this.unconfirmedAccounts = unconfirmedAccounts;
	}

	@Scheduled(initialDelayString = "PT15M", fixedDelayString = "PT6H")
	@SchedulerLock(name = "privacy-retention", lockAtMostFor = "PT30M")
	public void run() {
		Instant now = Instant.now();
		int erased = eraseUnconfirmedAccounts(now);
		if (erased > 0) {
			log.info("Erased {} accounts left unconfirmed for more than {}", erased, unconfirmedAccounts);
		}
		int copies = exports.deleteExpired(now);
		if (copies > 0) {
			log.info("Deleted {} copies of people's data that expired", copies);
		}
	}

	/**
	 * Erases the accounts unconfirmed for longer than the retention period at that
	 * moment.
	 */
	int eraseUnconfirmedAccounts(Instant now) {
		int erased = 0;
		// a bounded number of batches per run: the next run picks up the rest
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			var due = accounts.unconfirmedCreatedBefore(now.minus(unconfirmedAccounts), BATCH);
			for (long personId : due) {
				erasures.erase(personId, null, PrivacyLog.Action.ERASED_BY_RETENTION);
				erased++;
			}
			if (due.size() < BATCH) {
				break;
			}
		}
		return erased;
	}

}
