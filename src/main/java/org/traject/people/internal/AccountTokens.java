package org.traject.people.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use, expiring tokens for the links in account emails. The raw token leaves only
 * in the event that becomes the email; the table keeps its SHA-256 hash. Using a token is
 * one conditional UPDATE, so a link works once even when it is opened twice at the same
 * moment.
 */
@Component
public class AccountTokens {

	public enum Purpose {

		PASSWORD_RESET, EMAIL_CONFIRMATION

	}

	public record Issued(long id, String token, Instant expiresAt) {
	}

	/** What a token says, whether or not it can still be used. */
	public record Found(long personId, boolean usable) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	AccountTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Issued issue(long personId, Purpose purpose, Duration validFor) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = Instant.now().plus(validFor);
		// a new link replaces the older ones of the same purpose
		jdbc.sql("""
				update account_token set used_at = now()
				where person_id = :person and purpose = :purpose and used_at is null""")
			.param("person", personId)
			.param("purpose", purpose.name())
			.update();
		long id = jdbc.sql("""
				insert into account_token (person_id, purpose, token_hash, expires_at)
				values (:person, :purpose, :hash, :expiresAt) returning id""")
			.param("person", personId)
			.param("purpose", purpose.name())
			.param("hash", hash(token))
			.param("expiresAt", Timestamp.from(expiresAt))
			.query(Long.class)
			.single();
		return new Issued(id, token, expiresAt);
	}

	/** Makes every unused link of this purpose unusable; the number of links revoked. */
	@Transactional(propagation = Propagation.MANDATORY)
	int revoke(long personId, Purpose purpose) {
		return jdbc.sql("""
				update account_token set used_at = now()
				where person_id = :person and purpose = :purpose and used_at is null""")
			.param("person", personId)
			.param("purpose", purpose.name())
			.update();
	}

	/** Whether the person has a link of this purpose that still works. */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean hasUsable(long personId, Purpose purpose) {
		return jdbc.sql("""
				select exists (select 1 from account_token where person_id = :person and purpose = :purpose
				               and used_at is null and expires_at > now())""")
			.param("person", personId)
			.param("purpose", purpose.name())
			.query(Boolean.class)
			.single();
	}

	/**
	 * Forgets links that expired a month ago. Run by a scheduled job, on one instance at
	 * a time: doing it while issuing made every sign-up scan the table and queue behind
	 * the others' deletes.
	 */
	@Transactional
	int forgetExpired() {
		int links = jdbc.sql("delete from account_token where expires_at < now() - interval '30 days'").update();
		// a sign-in code lives minutes; a day later nobody needs to know it was sent (the
		// hourly limit counts the last hour only)
		int codes = jdbc.sql("delete from sign_in_code where expires_at < now() - interval '1 day'").update();
		return links + codes;
	}

	/** How many links of this purpose the person was sent within the window. */
	@Transactional(propagation = Propagation.MANDATORY)
	public int issuedWithin(long personId, Purpose purpose, Duration window) {
		return jdbc.sql("""
				select count(*) from account_token
				where person_id = :person and purpose = :purpose and created_at > :since""")
			.param("person", personId)
			.param("purpose", purpose.name())
			.param("since", Timestamp.from(Instant.now().minus(window)))
			.query(Integer.class)
			.single();
	}

	/**
	 * Uses the token: the person it belongs to, if it was unused and not expired.
	 * Afterwards it is used.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Long> use(String token, Purpose purpose) {
		return jdbc.sql("""
				update account_token set used_at = now()
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > now()
				returning person_id""")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.query(Long.class)
			.optional();
	}

	@Transactional(readOnly = true)
	public Optional<Found> find(String token, Purpose purpose) {
		return jdbc.sql("""
				select person_id, (used_at is null and expires_at > now()) as usable
				from account_token where token_hash = :hash and purpose = :purpose""")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.query((rs, n) -> new Found(rs.getLong("person_id"), rs.getBoolean("usable")))
			.optional();
	}

	public static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
