package org.traject.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES_PER_ACCOUNT} failed sign-ins for one account, or
 * {@value #MAX_FAILURES_PER_ADDRESS} from one network address, within {@link #WINDOW}, further attempts are refused
 * until the window has passed since the last failure. Kept in PostgreSQL so every application instance sees the
 * same count.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES_PER_ACCOUNT = 5;

	static final int MAX_FAILURES_PER_ADDRESS = 30;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	LoginThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** When sign-in for this account or address is locked, the moment it opens again. */
	@Transactional(readOnly = true)
	Optional<Instant> lockedUntil(String email, String address) {
		Instant since = Instant.now().minus(WINDOW);
		Optional<Instant> account = lockFor(accountKey(email), MAX_FAILURES_PER_ACCOUNT, since);
		return account.isPresent() ? account : lockFor(addressKey(address), MAX_FAILURES_PER_ADDRESS, since);
	}

	private Optional<Instant> lockFor(String key, int max, Instant since) {
		var row = jdbc.sql("""
				select count(*) as failures, max(failed_at) as last_failure
				from login_failure where throttle_key = :key and failed_at > :since""")
			.param("key", key)
			.param("since", java.sql.Timestamp.from(since))
			.query((rs, n) -> new Object[] { rs.getInt("failures"), rs.getTimestamp("last_failure") })
			.single();
		int failures = (int) row[0];
		if (failures < max || row[1] == null) {
			return Optional.empty();
		}
		return Optional.of(((java.sql.Timestamp) row[1]).toInstant().plus(WINDOW));
	}

	@Transactional
	void recordFailure(String email, String address) {
		jdbc.sql("insert into login_failure (throttle_key, failed_at) values (:a, now()), (:b, now())")
			.param("a", accountKey(email))
			.param("b", addressKey(address))
			.update();
		// keep the table small: nothing older than the window matters
		jdbc.sql("delete from login_failure where failed_at < now() - make_interval(mins => :minutes)")
			.param("minutes", (int) WINDOW.toMinutes() * 2)
			.update();
	}

	@Transactional
	void recordSuccess(String email) {
		jdbc.sql("delete from login_failure where throttle_key = :key").param("key", accountKey(email)).update();
	}

	private static String accountKey(String email) {
		return "account:" + email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}
}
