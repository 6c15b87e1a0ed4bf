package org.traject.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.traject.notifications.Attachment;
import org.traject.notifications.Email;

/**
 * The {@code outgoing_email} table: the outbox. Claims are single conditional statements,
 * so any number of workers on any number of application instances can deliver from it and
 * each email is claimed by one worker at a time.
 */
@Repository
public class OutgoingEmails {

	private static final int MAX_ERROR_LENGTH = 2000;

	/** What {@link #summary} reads. */
	private static final String SUMMARY_COLUMNS = """
			id, kind, recipient, language, subject, status, attempts, next_attempt_at, last_error, created_at,
			delivered_at
			""";

	private final JdbcClient jdbc;

	OutgoingEmails(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues a rendered email; false when this event already queued it (a redelivered
	 * event).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean add(Email email, EmailRenderer.RenderedEmail rendered) {
		Attachment attachment = email.attachment();
		return jdbc.sql("""
				insert into outgoing_email (event_id, kind, recipient, language, subject, html_body, text_body,
				                            attachment, attachment_name, attachment_type, reply_to)
				values (:eventId, :kind, :recipient, :language, :subject, :html, :text, :attachment, :attachmentName,
				        :attachmentType, :replyTo)
				on conflict (event_id, kind, recipient) do nothing""")
			.param("eventId", email.eventId())
			.param("kind", email.kind())
			.param("recipient", email.recipient())
			.param("language", email.language().getLanguage())
			.param("subject", rendered.subject())
			.param("html", rendered.html())
			.param("text", rendered.text())
			.param("attachment", attachment == null ? null : attachment.content(), java.sql.Types.BINARY)
			.param("attachmentName", attachment == null ? null : attachment.fileName(), java.sql.Types.VARCHAR)
			.param("attachmentType", attachment == null ? null : attachment.contentType(), java.sql.Types.VARCHAR)
			.param("replyTo", email.replyTo(), java.sql.Types.VARCHAR)
			.update() == 1;
	}

	/**
	 * How many emails of the given kinds were queued for this address (in any case) in
	 * the last {@code period}. Takes a transaction-scoped lock on the address first, so
	 * that two instances queueing for one address at the same moment count one after the
	 * other.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int countRecentAndLock(String recipient, Collection<String> kinds, Duration period) {
		String address = recipient.strip().toLowerCase(Locale.ROOT);
		jdbc.sql("select pg_advisory_xact_lock(22002, hashtext(:address))")
			.param("address", address)
			.query((rs, n) -> 1)
			.list();
		return jdbc.sql("""
				select count(*) from outgoing_email
				where lower(recipient) = :address and kind in (:kinds)
				  and created_at > now() - make_interval(secs => :seconds)""")
			.param("address", address)
			.param("kinds", kinds)
			.param("seconds", (double) period.toSeconds())
			.query(Integer.class)
			.single();
	}

	/**
	 * Claims up to {@code limit} due emails for {@code worker} and counts the attempt.
	 * Due: pending and past their next attempt, or claimed by a worker whose lease ran
	 * out (it died mid-send). Rows another worker is claiming right now are skipped, not
	 * waited for.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<ClaimedEmail> claimDue(String worker, int limit, Duration lease) {
		return jdbc.sql("""
				update outgoing_email e
				set status = 'SENDING', claimed_by = :worker, attempts = e.attempts + 1,
				    claimed_until = now() + make_interval(secs => :leaseSeconds)
				where e.id in (select id from outgoing_email
				               where (status = 'PENDING' and next_attempt_at <= now())
				                  or (status = 'SENDING' and claimed_until < now())
				               order by next_attempt_at, id
				               limit :limit
				               for update skip locked)
				returning e.id, e.recipient, e.subject, e.html_body, e.text_body, e.attachment, e.attachment_name,
				          e.attachment_type, e.attempts, e.reply_to""")
			.param("worker", worker)
			.param("leaseSeconds", (double) lease.toMillis() / 1000)
			.param("limit", limit)
			.query(OutgoingEmails::claimed)
			.list();
	}

	/**
	 * Records a delivery; false when the claim was lost meanwhile (another worker took
	 * over after the lease).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean markDelivered(long id, String worker, DeliveryStatus status) {
		return jdbc.sql("""
				update outgoing_email
				set status = :status, delivered_at = now(), claimed_by = null, claimed_until = null
				where id = :id and claimed_by = :worker and status = 'SENDING'""")
			.param("status", status.name())
			.param("id", id)
			.param("worker", worker)
			.update() == 1;
	}

	/**
	 * Records a failed attempt: pending again after {@code wait}, or FAILED once the
	 * attempts are used up.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void markFailed(long id, String worker, String error, int maxAttempts, Duration wait) {
		jdbc.sql("""
				update outgoing_email
				set status = case when attempts >= :maxAttempts then 'FAILED' else 'PENDING' end,
				    next_attempt_at = now() + make_interval(secs => :waitSeconds),
				    last_error = :error, claimed_by = null, claimed_until = null
				where id = :id and claimed_by = :worker and status = 'SENDING'""")
			.param("maxAttempts", maxAttempts)
			.param("waitSeconds", (double) wait.toMillis() / 1000)
			.param("error", error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error)
			.param("id", id)
			.param("worker", worker)
			.update();
	}

	/**
	 * Makes a pending or failed email due now. A failed one gets one more attempt; false
	 * if there is nothing to retry.
	 */
	@Transactional
	public boolean retryNow(long id) {
		return jdbc.sql("""
				update outgoing_email set status = 'PENDING', next_attempt_at = now()
				where id = :id and status in ('PENDING', 'FAILED')""").param("id", id).update() == 1;
	}

	/**
	 * Emails not delivered yet (pending, being sent, failed), failed first, then by next
	 * attempt.
	 */
	@Transactional(readOnly = true)
	public List<EmailSummary> undelivered(int offset, int limit) {
		return jdbc.sql("select " + SUMMARY_COLUMNS + """
				from outgoing_email where status in ('PENDING', 'SENDING', 'FAILED')
				order by status = 'FAILED' desc, next_attempt_at, id
				offset :offset limit :limit""")
			.param("offset", offset)
			.param("limit", limit)
			.query(OutgoingEmails::summary)
			.list();
	}

	@Transactional(readOnly = true)
	public Counts undeliveredCounts() {
		return jdbc.sql("""
				select count(*) filter (where status in ('PENDING', 'SENDING')) as pending,
				       count(*) filter (where status = 'FAILED') as failed
				from outgoing_email where status in ('PENDING', 'SENDING', 'FAILED')""")
			.query((rs, n) -> new Counts(rs.getLong("pending"), rs.getLong("failed")))
			.single();
	}

	/** All emails, newest first: the development mailbox. */
	@Transactional(readOnly = true)
	public List<EmailSummary> newest(int offset, int limit) {
		return jdbc.sql("select " + SUMMARY_COLUMNS + """
				from outgoing_email order by created_at desc, id desc offset :offset limit :limit""")
			.param("offset", offset)
			.param("limit", limit)
			.query(OutgoingEmails::summary)
			.list();
	}

	@Transactional(readOnly = true)
	public long count() {
		return jdbc.sql("select count(*) from outgoing_email").query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public Optional<StoredEmail> find(long id) {
		return jdbc.sql("select " + SUMMARY_COLUMNS + """
				, html_body, text_body, attachment, attachment_name, attachment_type
				from outgoing_email where id = :id""")
			.param("id", id)
			.query((rs, n) -> new StoredEmail(summary(rs, n), rs.getString("html_body"), rs.getString("text_body"),
					attachment(rs)))
			.optional();
	}

	private static ClaimedEmail claimed(ResultSet rs, int row) throws SQLException {
		return new ClaimedEmail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
				rs.getString("html_body"), rs.getString("text_body"), attachment(rs), rs.getInt("attempts"),
				rs.getString("reply_to"));
	}

	private static EmailSummary summary(ResultSet rs, int row) throws SQLException {
		return new EmailSummary(rs.getLong("id"), rs.getString("kind"), rs.getString("recipient"),
				rs.getString("language"), rs.getString("subject"), rs.getString("status"), rs.getInt("attempts"),
				instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("delivered_at")));
	}

	private static @Nullable Attachment attachment(ResultSet rs) throws SQLException {
		byte[] content = rs.getBytes("attachment");
		return content == null ? null
				: new Attachment(rs.getString("attachment_name"), rs.getString("attachment_type"), content);
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** How a delivered email went out. */
	public enum DeliveryStatus {

		/** Handed to the SMTP server. */
		SENT,
		/** Kept for the development mailbox: no SMTP server is configured. */
		MAILBOX

	}

	public record ClaimedEmail(long id, String recipient, String subject, String html, String text,
			@Nullable Attachment attachment, int attempts, @Nullable String replyTo) {
	}

	public record EmailSummary(long id, String kind, String recipient, String language, String subject, String status,
			int attempts, @Nullable Instant nextAttemptAt, @Nullable String lastError, @Nullable Instant createdAt,
			@Nullable Instant deliveredAt) {

		public boolean retryable() {
			return "PENDING".equals(status) || "FAILED".equals(status);
		}
	}

	public record StoredEmail(EmailSummary summary, String html, String text, @Nullable Attachment attachment) {
	}

	public record Counts(long pending, long failed) {
	}

}
