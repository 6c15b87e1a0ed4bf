package org.traject.cohorts.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of interest registrations nobody confirmed: an address typed on a programme
 * page whose confirmation link was never followed is deleted once it is
 * {@code traject.retention.unconfirmed-interest} old (30 days by default, as unconfirmed
 * accounts). Runs every six hours on one instance (ShedLock).
 */
@Component
public class InterestRetention {

	private static final Logger log = LoggerFactory.getLogger(InterestRetention.class);

	private final JdbcClient jdbc;

	private final Duration unconfirmed;

	InterestRetention(JdbcClient jdbc, @Value("${traject.retention.unconfirmed-interest:30d}") Duration unconfirmed) {
		this.jdbc = jdbc;
		this.unconfirmed = unconfirmed;
	}

	@Scheduled(initialDelayString = "PT30M", fixedDelayString = "PT6H")
	@SchedulerLock(name = "cohorts-interest-retention", lockAtMostFor = "PT30M")
	public void run() {
		int deleted = deleteUnconfirmedBefore(Instant.now().minus(unconfirmed));
		if (deleted > 0) {
			log.info("Deleted {} interest registrations left unconfirmed for more than {}", deleted, unconfirmed);
		}
	}

	/** Deletes the registrations made before the moment and never confirmed. */
	@Transactional
	public int deleteUnconfirmedBefore(Instant moment) {
		return jdbc.sql("""
				delete from interest_registration r
				where r.status = 'UNCONFIRMED' and r.registered_at < :moment
				  and not exists (select 1 from interest_invitation i where i.registration_id = r.id)""")
			.param("moment", Timestamp.from(moment))
			.update();
	}

}
