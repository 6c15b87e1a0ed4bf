package org.traject.privacy.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;

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
 * {@code traject.retention.unconfirmed-accounts} old (30 days by default). A participant
 * account unused for {@code traject.retention.inactive-years} (5) is erased too, after an
 * email warning {@code traject.retention.inactivity-warning} (30 days) before, unless the
 * person signs in meanwhile (see {@link InactiveAccounts}). Copies of people's data are
 * deleted once they expire ({@code traject.retention.data-exports}, 7 days). Runs every
 * six hours, on one instance at a time (ShedLock), in small batches so that one run never
 * holds a transaction for long.
 */
@Component
public class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private static final int BATCH = 100;

	private static final int MAX_BATCHES = 20;

	private final AccountData accounts;

	private final Erasures erasures;

	private final DataExports exports;

	private final InactiveAccounts inactive;

	private final Duration unconfirmedAccounts;

	RetentionJob(AccountData accounts, Erasures erasures, DataExports exports, InactiveAccounts inactive,
			@Value("${traject.retention.unconfirmed-accounts:30d}") Duration unconfirmedAccounts) {
		this.accounts = accounts;
		this.erasures = erasures;
		this.exports = exports;
		this.inactive = inactive;
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
		int warned = warnInactive(now);
		int inactiveErased = eraseInactive(now);
		if (warned + inactiveErased > 0) {
			log.info("Warned {} people of their inactive accounts; erased {} inactive accounts", warned,
					inactiveErased);
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
		return inBatches(() -> erase(accounts.unconfirmedCreatedBefore(now.minus(unconfirmedAccounts), BATCH)));
	}

	/** Warns people whose accounts will have been unused for the period. */
	int warnInactive(Instant now) {
		return inBatches(() -> inactive.warn(now, BATCH));
	}

	/** Erases accounts whose warning ran out without a sign-in. */
	int eraseInactive(Instant now) {
		return inBatches(() -> erase(inactive.dueForErasure(now, BATCH)));
	}

	/**
	 * Runs batches of at most {@link #BATCH} until one is short, but no more than
	 * {@link #MAX_BATCHES} per run: the next run picks up the rest. How many were done.
	 */
	private static int inBatches(IntSupplier batch) {
		int total = 0;
		for (int run = 0; run < MAX_BATCHES; run++) {
			int done = batch.getAsInt();
			total += done;
			if (done < BATCH) {
				break;
			}
		}
		return total;
	}

	private int erase(List<Long> due) {
		for (long personId : due) {
			erasures.erase(personId, null, PrivacyLog.Action.ERASED_BY_RETENTION);
		}
		return due.size();
	}

}
