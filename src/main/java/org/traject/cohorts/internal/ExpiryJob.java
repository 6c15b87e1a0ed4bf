package org.traject.cohorts.internal;

import java.util.List;
import java.util.function.LongPredicate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends offers whose deadline has passed (the seat passes to the next on the waitlist) and
 * approval requests whose link expired unanswered. ShedLock runs it on one application
 * instance at a time; each enrolment is handled in its own transaction under its cohort's
 * lock, and is checked again there, so even two runs at once could not expire an offer
 * twice or pass one seat to two people.
 */
@Component
public class ExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);

	private final JdbcClient jdbc;

	private final Enrolments enrolments;

	ExpiryJob(JdbcClient jdbc, Enrolments enrolments) {
		this.jdbc = jdbc;
		this.enrolments = enrolments;
	}

	@Scheduled(fixedDelayString = "${traject.cohorts.expiry-interval:PT1M}", initialDelayString = "PT30S")
	@SchedulerLock(name = "cohorts-offer-and-approval-expiry", lockAtMostFor = "PT10M")
	void run() {
		int offers = expireDueOffers();
		int approvals = expireDueApprovals();
		if (offers + approvals > 0) {
			log.info("Expired {} offer(s) and {} approval request(s)", offers, approvals);
		}
	}

	public int expireDueOffers() {
		return expireEach("offer", jdbc.sql("""
				select id from enrolment where status = 'OFFERED' and offer_expires_at <= now()
				order by offer_expires_at, id limit 500""").query(Long.class).list(), enrolments::expireOffer);
	}

	public int expireDueApprovals() {
		return expireEach("approval request", jdbc.sql("""
				select e.id from enrolment e
				where e.status = 'AWAITING_APPROVAL'
				  and not exists (select 1 from enrolment_token t
				                  where t.enrolment_id = e.id and t.purpose = 'APPROVAL'
				                    and t.used_at is null and t.expires_at > now())
				  and exists (select 1 from enrolment_token t where t.enrolment_id = e.id and t.purpose = 'APPROVAL')
				order by e.id limit 500""").query(Long.class).list(), enrolments::expireApproval);
	}

	/**
	 * Each in its own transaction; one enrolment's trouble does not stop the others (the
	 * next run tries again).
	 */
	private static int expireEach(String what, List<Long> due, LongPredicate expire) {
		int expired = 0;
		for (long id : due) {
			try {
				if (expire.test(id)) {
					expired++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not expire the {} of enrolment {}", what, id, ex);
			}
		}
		return expired;
	}

}
