package org.traject.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without handing anyone a way to lock somebody else out.
 * <ul>
 * <li>After {@value #MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS} failed sign-ins for one
 * account <em>from one network address</em> within {@link #WINDOW}, that address may not
 * try that account again until the window has passed since its last failure. The same
 * account from any other address is not affected, so the owner still gets in.</li>
 * <li>After {@value #MAX_FAILURES_PER_ADDRESS} failures from one address (whatever the
 * accounts), that address may not sign in at all for the window: a guesser cannot spread
 * over many accounts either.</li>
 * </ul>
 * An IPv6 address counts by its /64 network, which one subscriber usually holds whole.
 * The address is the connection's (or a configured proxy's view of it, see
 * {@code TrustedProxies}); a client cannot choose it with a header. Kept in PostgreSQL,
 * so every application instance sees the same count.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;

	static final int MAX_FAILURES_PER_ADDRESS = 30;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	LoginThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * When sign-in for this account from this address is paused, the moment it opens
	 * again.
	 */
	@Transactional(readOnly = true)
	Optional<Instant> lockedUntil(String email, String address) {
		Instant since = Instant.now().minus(WINDOW);
		Optional<Instant> pair = lockFor(pairKey(email, address), MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, since);
		return pair.isPresent() ? pair : lockFor(addressKey(address), MAX_FAILURES_PER_ADDRESS, since);
	}

	private Optional<Instant> lockFor(String key, int max, Instant since) {
		var row = jdbc.sql("""
				select count(*) as failures, max(failed_at) as last_failure
				from login_failure where throttle_key = :key and failed_at > :since""")
			.param("key", key)
			.param("since", Timestamp.from(since))
			.query((rs, n) -> new Object[] { rs.getInt("failures"), rs.getTimestamp("last_failure") })
			.single();
		int failures = (int) row[0];
		if (failures < max || row[1] == null) {
			return Optional.empty();
		}
		return Optional.of(((Timestamp) row[1]).toInstant().plus(WINDOW));
	}

	@Transactional
	void recordFailure(String email, String address) {
		jdbc.sql("insert into login_failure (throttle_key, failed_at) values (:a, now()), (:b, now())")
			.param("a", pairKey(email, address))
			.param("b", addressKey(address))
			.update();
		// keep the table small: nothing older than the window matters
		jdbc.sql("delete from login_failure where failed_at < now() - make_interval(mins => :minutes)")
			.param("minutes", (int) WINDOW.toMinutes() * 2)
			.update();
	}

	/**
	 * A successful sign-in clears the failures of this account from this address only:
	 * signing in elsewhere must not give a guesser at another address a fresh set of
	 * attempts.
	 */
	@Transactional
	void recordSuccess(String email, String address) {
		jdbc.sql("delete from login_failure where throttle_key = :key").param("key", pairKey(email, address)).update();
	}

	private static String pairKey(String email, String address) {
		return "account:" + email.strip().toLowerCase(Locale.ROOT) + "|" + network(address);
	}

	private static String addressKey(String address) {
		return "address:" + network(address);
	}

	/** An IPv4 address as it is; an IPv6 address as its /64 network. */
	static String network(String address) {
		// only a literal IPv6 address (what the connection reports) is parsed, so this
		// never asks DNS
		if (address.indexOf(':') < 0 || !address.matches("[0-9A-Fa-f:.%]+")) {
			return address;
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length != 16) {
				return address;
			}
			StringBuilder prefix = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
			}
			return prefix.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

}
