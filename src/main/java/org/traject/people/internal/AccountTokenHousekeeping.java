package org.traject.people.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once an hour, on one instance: account links that expired more than a month ago, and
 * sign-in codes that expired more than a day ago, are deleted.
 */
@Component
public class AccountTokenHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(AccountTokenHousekeeping.class);

	private final AccountTokens tokens;

	AccountTokenHousekeeping(AccountTokens tokens) {
		this.tokens = tokens;
	}

	@Scheduled(initialDelayString = "PT5M", fixedDelayString = "PT1H")
	@SchedulerLock(name = "people-account-token-housekeeping", lockAtMostFor = "PT10M")
	public void forgetExpiredLinks() {
		int deleted = tokens.forgetExpired();
		if (deleted > 0) {
			log.info("Deleted {} expired account links and sign-in codes", deleted);
		}
	}

}
