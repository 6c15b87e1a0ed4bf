package org.traject.cohorts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The random tokens in links sent by email: a manager's approval link, a waitlist offer.
 * Only their SHA-256 hash is stored, so the table alone opens nothing; a token works
 * once, and only until it expires.
 */
@Component
public class EnrolmentTokens {

	enum Purpose {

		APPROVAL, OFFER

	}

	record Found(long enrolmentId, Instant expiresAt, @Nullable Instant usedAt) {

		boolean usable() {
			return usedAt == null && expiresAt.isAfter(Instant.now());
		}
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	EnrolmentTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Issues a token and returns it; this is the only moment the token itself is known.
	 */
	String issue(long enrolmentId, Purpose purpose, Instant expiresAt) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into enrolment_token (enrolment_id, purpose, token_hash, expires_at)
				values (:enrolment, :purpose, :hash, :expires)""")
			.param("enrolment", enrolmentId)
			.param("purpose", purpose.name())
			.param("hash", hash(token))
			.param("expires", Timestamp.from(expiresAt))
			.update();
		return token;
	}

	Optional<Found> find(String token, Purpose purpose) {
		return jdbc.sql("""
				select enrolment_id, expires_at, used_at from enrolment_token
				where token_hash = :hash and purpose = :purpose""")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.query((rs, n) -> new Found(rs.getLong("enrolment_id"), rs.getTimestamp("expires_at").toInstant(),
					rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
			.optional();
	}

	/**
	 * Uses the token up; true only for the one request that did so while it was still
	 * valid.
	 */
	boolean use(String token, Purpose purpose) {
		return jdbc.sql("""
				update enrolment_token set used_at = now()
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > now()""")
			.param("hash", hash(token))
			.param("purpose", purpose.name())
			.update() == 1;
	}

	/**
	 * Ends every open link of this purpose for the enrolment (an offer taken from the web
	 * page, a cancellation).
	 */
	void revoke(long enrolmentId, Purpose purpose) {
		jdbc.sql(
				"update enrolment_token set used_at = now() where enrolment_id = :id and purpose = :purpose and used_at is null")
			.param("id", enrolmentId)
			.param("purpose", purpose.name())
			.update();
	}

	static String hash(String token) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
