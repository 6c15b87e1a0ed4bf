package org.traject.people.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.people.SignInCodeRequested;

/**
 * One-time sign-in codes by email: the fallback second factor of Spring Security's
 * one-time-token login, kept in PostgreSQL ({@code sign_in_code}) so that any instance
 * accepts a code another one sent.
 * <p>
 * A code is six digits, short enough to type from a phone. It is only ever a second
 * factor: it is accepted only from the person who is already signed in with their
 * password in this session, so guessing one needs the password first. Each code works
 * once, for {@link #VALIDITY}; {@value #MAX_TRIES} wrong tries use it up; at most
 * {@value #MAX_CODES_PER_HOUR} codes are sent per person and hour. Only the code's
 * SHA-256 hash is stored; the email is queued through the {@link SignInCodeRequested}
 * event in the same transaction.
 */
@Component
class SignInCodes implements OneTimeTokenService {

	static final Duration VALIDITY = Duration.ofMinutes(10);

	static final int MAX_TRIES = 5;

	static final int MAX_CODES_PER_HOUR = 5;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PersonRepository persons;

	private final ApplicationEventPublisher events;

	SignInCodes(JdbcClient jdbc, PersonRepository persons, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.persons = persons;
		this.events = events;
	}

	/**
	 * Issues a code for the named person and queues the email, unless they may not sign
	 * in or had enough codes this hour; the answer is the same either way (what Spring
	 * Security's filter hands to the success handler is not shown to anyone).
	 */
	@Override
	@Transactional
	public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
		String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
		Instant expiresAt = Instant.now().plus(VALIDITY);
		var person = persons.findByEmail(Person.normalise(request.getUsername())).filter(Person::isEnabled);
		if (person.isPresent() && sentWithinTheHour(person.get().getId()) < MAX_CODES_PER_HOUR) {
			var p = person.get();
			// a new code replaces the older ones
			jdbc.sql("update sign_in_code set used_at = now() where person_id = :person and used_at is null")
				.param("person", p.getId())
				.update();
			long id = jdbc.sql("""
					insert into sign_in_code (person_id, code_hash, expires_at) values (:person, :hash, :expiresAt)
					returning id""")
				.param("person", p.getId())
				.param("hash", AccountTokens.hash(code))
				.param("expiresAt", Timestamp.from(expiresAt))
				.query(Long.class)
				.single();
			events.publishEvent(new SignInCodeRequested(id, p.getId(), p.getEmail(), p.getDisplayName(),
					p.getPreferredLanguage(), code, "/login/code?code=" + code, expiresAt));
		}
		return new DefaultOneTimeToken(code, request.getUsername(), expiresAt);
	}

	/**
	 * The code, if it is the latest unused, unexpired code of the person signed in in
	 * this session; it is used up then. A wrong code counts as a try.
	 */
	@Override
	@Transactional
	public @Nullable OneTimeToken consume(OneTimeTokenAuthenticationToken token) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		String code = token.getTokenValue();
		if (current == null || !current.isAuthenticated() || code == null) {
			return null;
		}
		var person = persons.findByEmail(Person.normalise(current.getName())).filter(Person::isEnabled);
		if (person.isEmpty()) {
			return null;
		}
		var open = jdbc.sql("""
				select id, code_hash, expires_at from sign_in_code
				where person_id = :person and used_at is null and expires_at > now()
				order by created_at desc limit 1 for update""")
			.param("person", person.get().getId())
			.query((rs,
					n) -> new Object[] { rs.getLong("id"), rs.getString("code_hash"),
							rs.getTimestamp("expires_at").toInstant() })
			.optional();
		if (open.isEmpty()) {
			return null;
		}
		long id = (long) open.get()[0];
		if (!AccountTokens.hash(code.strip()).equals(open.get()[1])) {
			jdbc.sql("""
					update sign_in_code set failed_tries = failed_tries + 1,
					       used_at = case when failed_tries + 1 >= :max then now() end
					where id = :id""").param("max", MAX_TRIES).param("id", id).update();
			return null;
		}
		jdbc.sql("update sign_in_code set used_at = now() where id = :id").param("id", id).update();
		return new DefaultOneTimeToken(code, person.get().getEmail(), (Instant) open.get()[2]);
	}

	private int sentWithinTheHour(long personId) {
		return jdbc
			.sql("""
					select count(*) from sign_in_code where person_id = :person and created_at > now() - interval '1 hour'""")
			.param("person", personId)
			.query(Integer.class)
			.single();
	}

}
