package org.traject.development.internal;

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
 * Retention of feedback invitations: the name and address of the manager or peer who was
 * asked are needed while the invitation can be answered, not after. Once an invitation
 * has been answered, withdrawn or has expired for longer than
 * {@code traject.retention.feedback-invitations} (90 days by default), its name and
 * address are replaced; the ratings stay, so the results the participant sees do not
 * change. Runs every six hours on one instance (ShedLock).
 */
@Component
public class FeedbackInvitationRetention {

	/** What an invitation shows once its name and address are gone. */
	static final String REMOVED_NAME = "—";

	private static final Logger log = LoggerFactory.getLogger(FeedbackInvitationRetention.class);

	private final JdbcClient jdbc;

	private final Duration kept;

	FeedbackInvitationRetention(JdbcClient jdbc,
			@Value("${traject.retention.feedback-invitations:90d}") Duration kept) {
		this.jdbc = jdbc;
		this.kept = kept;
	}

	@Scheduled(initialDelayString = "PT25M", fixedDelayString = "PT6H")
	@SchedulerLock(name = "development-feedback-invitation-retention", lockAtMostFor = "PT30M")
	public void run() {
		int removed = removeNamesBefore(Instant.now().minus(kept));
		if (removed > 0) {
			log.info("Removed the names and addresses of {} feedback invitations older than {}", removed, kept);
		}
	}

	/**
	 * Replaces name and address of the invitations answered, withdrawn or expired before
	 * the moment.
	 */
	@Transactional
	public int removeNamesBefore(Instant moment) {
		return jdbc.sql("""
				update feedback_invitation
				set name = :removed, email = 'removed-' || id || '@erased.invalid'
				where name <> :removed
				  and ((status = 'ANSWERED' and answered_at < :moment)
				       or (status = 'WITHDRAWN' and withdrawn_at < :moment)
				       or (status = 'PENDING' and expires_at < :moment))""")
			.param("removed", REMOVED_NAME)
			.param("moment", Timestamp.from(moment))
			.update();
	}

}
