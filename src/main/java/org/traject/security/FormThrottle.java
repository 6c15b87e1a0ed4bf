package org.traject.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits how often anyone may use a public form: per client network address (a bot at one
 * address) and per target (one email address, feedback link or certificate number,
 * whatever addresses a bot spreads over). An attempt counts when it is let through; one
 * that is refused does not, so a person who waits the time the page names gets in.
 * <p>
 * Kept in PostgreSQL like {@link LoginThrottle}, so every application instance sees the
 * same count: a transaction-scoped advisory lock per key makes "count, then record" one
 * step even when two instances take the same key at the same moment.
 */
@Component
class FormThrottle {

	/** The forms that are limited, each as its kind of form is. */
	enum Form {

		SIGNUP(Kind.PUBLIC), INTEREST(Kind.PUBLIC), PASSWORD_RESET(Kind.PUBLIC), FEEDBACK(Kind.PUBLIC),
		CERTIFICATE_CHECK(Kind.PUBLIC),

		/** A question to a peer supporter. */
		PEER_QUESTION(Kind.PER_PERSON);

		private final Kind kind;

		Form(Kind kind) {
			this.kind = kind;
		}

	}

	/** How a form is counted; each kind has its own limits and window. */
	enum Kind {

		/**
		 * A public form: per client network address and per target, over the public
		 * forms' window.
		 */
		PUBLIC,

		/**
		 * A form for signed-in people: per person (the target) over its own, longer
		 * window, and not per address (a school's staff share one).
		 */
		PER_PERSON

	}

	/**
	 * A kind's limits: attempts per client network (null: not counted per address), per
	 * target, and the window they are counted in.
	 */
	private record Limits(@Nullable Integer perAddress, int perTarget, Duration window) {
	}

	private final JdbcClient jdbc;

	private final Map<Kind, Limits> limitsOfKind = new EnumMap<>(Kind.class);

	FormThrottle(JdbcClient jdbc, @Value("${traject.form-limits.per-address:20}") int perAddress,
			@Value("${traject.form-limits.per-target:5}") int perTarget,
			@Value("${traject.form-limits.window:15m}") Duration window,
			@Value("${traject.form-limits.peer-questions-per-person:5}") int questionsPerPerson,
			@Value("${traject.form-limits.peer-question-window:1h}") Duration questionWindow) {
		this.jdbc = jdbc;
		this.limitsOfKind.put(Kind.PUBLIC, new Limits(perAddress, perTarget, window));
		this.limitsOfKind.put(Kind.PER_PERSON, new Limits(null, questionsPerPerson, questionWindow));
	}

	/**
	 * Records an attempt at a form, or refuses it.
	 * @param address the client's address (the connection's, or a trusted proxy's view of
	 * it)
	 * @param target what the request is about, when it names something (an email
	 * address); null when it does not
	 * @return empty when the attempt may go ahead (and is counted), else how long until
	 * it may
	 */
	@Transactional
	Optional<Duration> attempt(Form form, String address, @Nullable String target) {
		Limits limit = limitsOfKind.get(form.kind);
		Duration window = limit.window();
		Integer perAddress = limit.perAddress();
		List<String> keys = new ArrayList<>();
		List<Integer> limits = new ArrayList<>();
		if (perAddress != null) {
			keys.add(form.name() + "|address:" + LoginThrottle.network(address));
			limits.add(perAddress);
		}
		if (target != null && !target.isBlank()) {
			keys.add(form.name() + "|target:" + targetKey(target));
			limits.add(limit.perTarget());
		}
		if (keys.isEmpty()) {
			return Optional.empty();
		}
		// locks in one order, so two requests with the same pair of keys cannot deadlock
		String[] sorted = keys.stream().sorted().toArray(String[]::new);
		jdbc.sql("""
				select pg_advisory_xact_lock(22001, hashtext(k))
				from unnest(cast(:keys as text[])) with ordinality as t(k, i) order by i""")
			.param("keys", sorted)
			.query((rs, n) -> 1)
			.list();
		// counted in a statement of its own, after the locks: its snapshot then sees the
		// attempt of a request that held a lock a moment ago. The attempt is recorded by
		// the same statement when every key is under its limit.
		Instant since = Instant.now().minus(window);
		List<Count> counts = jdbc.sql("""
				with counts as (
				  select k.throttle_key, k.allowed, count(a.attempted_at) as attempts, min(a.attempted_at) as oldest
				  from unnest(cast(:keys as text[]), cast(:limits as int[])) as k(throttle_key, allowed)
				  left join form_attempt a on a.throttle_key = k.throttle_key and a.attempted_at > :since
				  group by k.throttle_key, k.allowed),
				recorded as (
				  insert into form_attempt (throttle_key)
				  select throttle_key from counts where (select bool_and(attempts < allowed) from counts))
				select throttle_key, allowed, attempts, oldest from counts""")
			.param("keys", keys.toArray(String[]::new))
			.param("limits", limits.toArray(Integer[]::new))
			.param("since", Timestamp.from(since))
			.query((rs, n) -> new Count(rs.getInt("allowed"), rs.getInt("attempts"), rs.getTimestamp("oldest")))
			.list();
		Duration wait = Duration.ZERO;
		for (Count count : counts) {
			if (count.attempts() >= count.allowed() && count.oldest() != null) {
				// the oldest attempt in the window leaves it first, freeing one place
				Duration untilFree = Duration.between(Instant.now(), count.oldest().toInstant().plus(window));
				if (untilFree.compareTo(wait) > 0) {
					wait = untilFree;
				}
				else if (wait.isZero()) {
					wait = Duration.ofSeconds(1);
				}
			}
		}
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	private record Count(int allowed, int attempts, @Nullable Timestamp oldest) {
	}

	/**
	 * Keeps the table small: nothing older than the longest window matters. Every
	 * instance does it, which is harmless.
	 */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	@Transactional
	void forgetOldAttempts() {
		Duration longest = limitsOfKind.values().stream().map(Limits::window).max(Duration::compareTo).orElseThrow();
		jdbc.sql("delete from form_attempt where attempted_at < :before")
			.param("before", Timestamp.from(Instant.now().minus(longest).minus(longest)))
			.update();
	}

	/**
	 * The target as it is counted: in lower case, and, when longer than an email address
	 * can be (a bot posting a megabyte), by its SHA-256, so that the key always fits the
	 * index.
	 */
	static String targetKey(String target) {
		String normalised = target.strip().toLowerCase(Locale.ROOT);
		if (normalised.length() <= 254) {
			return normalised;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
			return "sha256:" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
