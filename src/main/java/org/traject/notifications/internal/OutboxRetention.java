package org.traject.notifications.internal;

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
 * Retention of email bodies: once an email is older than
 * {@code traject.retention.outbox-bodies} (90 days by default) and no longer waiting to
 * be sent, its bodies and attachment are emptied. The row stays (who was sent what kind
 * of email, when, with which subject), so delivery can still be traced. Runs every six
 * hours on one instance (ShedLock).
 */
@Component
public class OutboxRetention {

	private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

	private final JdbcClient jdbc;

	private final Duration bodies;

	OutboxRetention(JdbcClient jdbc, @Value("${traject.retention.outbox-bodies:90d}") Duration bodies) {
		this.jdbc = jdbc;
		this.bodies = bodies;
	}

	@Scheduled(initialDelayString = "PT20M", fixedDelayString = "PT6H")
	@SchedulerLock(name = "outgoing-email-retention", lockAtMostFor = "PT30M")
	public void run() {
		int emptied = emptyBodiesBefore(Instant.now().minus(bodies));
		if (emptied > 0) {
			log.info("Emptied the bodies of {} emails older than {}", emptied, bodies);
		}
	}

	/** Empties the bodies of delivered or failed emails created before the moment. */
	@Transactional
	public int emptyBodiesBefore(Instant moment) {
		return jdbc.sql("""
				update outgoing_email
				set html_body = '', text_body = '', attachment = null, attachment_name = null, attachment_type = null
				where created_at < :moment and status in ('SENT', 'MAILBOX', 'FAILED')
				  and (html_body <> '' or text_body <> '' or attachment is not null)""")
			.param("moment", java.sql.Timestamp.from(moment))
			.update();
	}

}
