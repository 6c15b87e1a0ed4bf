package org.traject.cohorts.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.cohorts.InterestListInvited;
import org.traject.cohorts.InterestRegistered;
import org.traject.people.People;

/**
 * "Tell me when a next cohort opens": a programme's interest list. Anonymous visitors
 * confirm their address through a link first (the email comes from
 * {@link InterestRegistered}); a signed-in person is on the list at once. When a cohort
 * of the programme opens, everyone waiting is invited, oldest registration first, and
 * each invitation is recorded once per cohort, so inviting twice (the automatic
 * invitation and the secretary's button) sends nothing new.
 */
@Service
public class InterestLists {

	/** How long the confirmation link of an anonymous registration works. */
	static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	InterestLists(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** What the person is told after registering. */
	public enum Registration {

		/**
		 * Anonymous: a confirmation link is on its way (said also when the address is on
		 * the list already).
		 */
		CHECK_EMAIL,
		/** Signed in: on the list now. */
		ON_THE_LIST,
		/** Signed in and on the list already. */
		ALREADY_ON_THE_LIST

	}

	public enum Confirmation {

		CONFIRMED, ALREADY_CONFIRMED, INVALID

	}

	/**
	 * Puts an address on a programme's interest list. With {@code personId} (a signed-in
	 * person, whose account address this is) the registration counts at once; otherwise
	 * it waits for the confirmation link.
	 */
	@Transactional
	public Registration register(long programmeId, String email, Locale language, @Nullable Long personId) {
		String address = email.strip().toLowerCase(Locale.ROOT);
		String lang = language.getLanguage();
		var existing = jdbc.sql("""
				select id, status from interest_registration
				where programme_id = :programme and lower(email) = :email and status in ('UNCONFIRMED', 'WAITING')
				for update""")
			.param("programme", programmeId)
			.param("email", address)
			.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getString("status") })
			.optional();
		if (personId != null) {
			if (existing.isPresent() && "WAITING".equals(existing.get()[1])) {
				return Registration.ALREADY_ON_THE_LIST;
			}
			long id;
			if (existing.isPresent()) {
				id = (long) existing.get()[0];
				jdbc.sql("""
						update interest_registration set status = 'WAITING', confirmed_at = now(), person_id = :person,
						    version = version + 1 where id = :id""").param("person", personId).param("id", id).update();
			}
			else {
				Optional<Long> inserted = insert(programmeId, address, lang, personId, "WAITING", null, null);
				if (inserted.isEmpty()) {
					return Registration.ALREADY_ON_THE_LIST;
				}
				id = inserted.get();
			}
			events.publishEvent(new InterestRegistered(id, programmeId, address, lang, null));
			return Registration.ON_THE_LIST;
		}
		if (existing.isPresent() && "WAITING".equals(existing.get()[1])) {
			// nothing new to send, and nothing revealed about who is on the list
			return Registration.CHECK_EMAIL;
		}
		String token = newToken();
		long id;
		if (existing.isPresent()) {
			id = (long) existing.get()[0];
			jdbc.sql("""
					update interest_registration set confirmation_token_hash = :hash, registered_at = now(),
					    language = :lang, version = version + 1 where id = :id""")
				.param("hash", EnrolmentTokens.hash(token))
				.param("lang", lang)
				.param("id", id)
				.update();
		}
		else {
			Optional<Long> inserted = insert(programmeId, address, lang, null, "UNCONFIRMED",
					EnrolmentTokens.hash(token), null);
			if (inserted.isEmpty()) {
				return Registration.CHECK_EMAIL;
			}
			id = inserted.get();
		}
		events.publishEvent(new InterestRegistered(id, programmeId, address, lang, "/interest/confirm/" + token));
		return Registration.CHECK_EMAIL;
	}

	/** A registration, dated now unless {@code registeredAt} brings its own date. */
	private Optional<Long> insert(long programmeId, String email, String language, @Nullable Long personId,
			String status, @Nullable String tokenHash, @Nullable Instant registeredAt) {
		return jdbc
			.sql("""
					insert into interest_registration
					    (programme_id, email, language, person_id, status, confirmation_token_hash, registered_at, confirmed_at)
					values (:programme, :email, :lang, :person, :status, :hash, coalesce(cast(:at as timestamptz), now()),
					        case when :status = 'WAITING' then coalesce(cast(:at as timestamptz), now()) end)
					on conflict do nothing
					returning id""")
			.param("programme", programmeId)
			.param("email", email)
			.param("lang", language)
			.param("person", personId)
			.param("status", status)
			.param("hash", tokenHash)
			.param("at", registeredAt == null ? null : Timestamp.from(registeredAt))
			.query(Long.class)
			.optional();
	}

	/**
	 * A confirmed registration brought in from elsewhere with its own date (see
	 * {@code Cohorts.importInterest}): waiting, nobody emailed. False when the address is
	 * on the list already.
	 */
	@Transactional
	public boolean importWaiting(long programmeId, String email, Locale language, Instant registeredAt) {
		return insert(programmeId, People.normaliseEmail(email), language.getLanguage(), null, "WAITING", null,
				registeredAt)
			.isPresent();
	}

	/**
	 * The programme a confirmation link is for, while the link can still confirm
	 * something.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> programmeOfConfirmationLink(String token) {
		return jdbc.sql("""
				select programme_id from interest_registration
				where confirmation_token_hash = :hash and status in ('UNCONFIRMED', 'WAITING', 'INVITED')""")
			.param("hash", EnrolmentTokens.hash(token))
			.query(Long.class)
			.optional();
	}

	/** Confirms an anonymous registration from its link; a second click is harmless. */
	@Transactional
	public Confirmation confirm(String token) {
		String hash = EnrolmentTokens.hash(token);
		int confirmed = jdbc.sql("""
				update interest_registration set status = 'WAITING', confirmed_at = now(), version = version + 1
				where confirmation_token_hash = :hash and status = 'UNCONFIRMED' and registered_at > :since""")
			.param("hash", hash)
			.param("since", Timestamp.from(Instant.now().minus(CONFIRMATION_VALIDITY)))
			.update();
		if (confirmed == 1) {
			return Confirmation.CONFIRMED;
		}
		boolean done = jdbc.sql("""
				select count(*) > 0 from interest_registration
				where confirmation_token_hash = :hash and status in ('WAITING', 'INVITED')""")
			.param("hash", hash)
			.query(Boolean.class)
			.single();
		return done ? Confirmation.ALREADY_CONFIRMED : Confirmation.INVALID;
	}

	/**
	 * Invites everyone waiting on the interest list of the cohort's programme to this
	 * cohort, oldest registration first, and takes them off the list. Registrations
	 * invited to this cohort before are skipped.
	 * @return how many were invited now
	 */
	@Transactional
	public int invite(long cohortId) {
		long programmeId = jdbc.sql("select programme_id from cohort where id = :id")
			.param("id", cohortId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NoSuchElementException("No cohort " + cohortId));
		record Waiting(long id, String email, String language) {
		}
		List<Waiting> waiting = jdbc.sql("""
				select id, email, language from interest_registration
				where programme_id = :programme and status = 'WAITING'
				order by registered_at, id
				for update""")
			.param("programme", programmeId)
			.query((rs, n) -> new Waiting(rs.getLong("id"), rs.getString("email"), rs.getString("language")))
			.list();
		int invited = 0;
		for (var registration : waiting) {
			Optional<Long> invitation = jdbc.sql("""
					insert into interest_invitation (registration_id, cohort_id, invited_at)
					values (:registration, :cohort, clock_timestamp())
					on conflict do nothing returning id""")
				.param("registration", registration.id())
				.param("cohort", cohortId)
				.query(Long.class)
				.optional();
			jdbc.sql("update interest_registration set status = 'INVITED', version = version + 1 where id = :id")
				.param("id", registration.id())
				.update();
			if (invitation.isPresent()) {
				events.publishEvent(new InterestListInvited(invitation.get(), registration.id(), programmeId, cohortId,
						registration.email(), registration.language()));
				invited++;
			}
		}
		return invited;
	}

	/**
	 * A programme's interest list as the secretary sees it, whether or not it has
	 * cohorts: everyone waiting (oldest first, the order invitations go in), then those
	 * whose address is not yet confirmed, then those invited already. Withdrawn
	 * registrations are left out. One statement.
	 */
	@Transactional(readOnly = true)
	public ProgrammeInterest ofProgramme(long programmeId) {
		var lines = jdbc.sql("""
				select email, language, status, registered_at from interest_registration
				where programme_id = :id and status in ('WAITING', 'UNCONFIRMED', 'INVITED')
				order by case status when 'WAITING' then 0 when 'UNCONFIRMED' then 1 else 2 end, registered_at, id""")
			.param("id", programmeId)
			.query((rs, n) -> new InterestLine(rs.getString("email"), rs.getString("language"), rs.getString("status"),
					rs.getTimestamp("registered_at").toInstant()))
			.list();
		return new ProgrammeInterest(lines);
	}

	/** A programme's interest list with its counts. */
	public record ProgrammeInterest(List<InterestLine> lines) {

		public long waiting() {
			return count("WAITING");
		}

		public long unconfirmed() {
			return count("UNCONFIRMED");
		}

		public long invited() {
			return count("INVITED");
		}

		private long count(String status) {
			return lines.stream().filter(l -> l.status().equals(status)).count();
		}
	}

	/**
	 * One registration: {@code status} is WAITING, UNCONFIRMED (the email link not yet
	 * used) or INVITED.
	 */
	public record InterestLine(String email, String language, String status, java.time.Instant registeredAt) {
	}

	/**
	 * How many people wait on the programme's interest list (confirmed, not yet invited).
	 */
	@Transactional(readOnly = true)
	public long waitingCount(long programmeId) {
		return jdbc.sql("select count(*) from interest_registration where programme_id = :id and status = 'WAITING'")
			.param("id", programmeId)
			.query(Long.class)
			.single();
	}

	/**
	 * The invitations sent for a cohort, in the order they were sent (the list's order).
	 */
	@Transactional(readOnly = true)
	public List<String> invitedEmails(long cohortId) {
		return jdbc.sql("""
				select r.email from interest_invitation i join interest_registration r on r.id = i.registration_id
				where i.cohort_id = :cohort order by i.invited_at, i.id""")
			.param("cohort", cohortId)
			.query(String.class)
			.list();
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
