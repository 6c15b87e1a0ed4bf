package org.traject.people;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.people.internal.AccountTokens;
import org.traject.people.internal.AccountChangeLog;
import org.traject.people.internal.Passkeys;
import org.traject.people.internal.Person;
import org.traject.people.internal.PersonRepository;
import org.traject.web.SupportedLanguages;

/**
 * The people module's facade. Other modules find and create persons only through it, and
 * refer to a person by id.
 */
@Service
public class People {

	/** How long a password reset link works. */
	public static final Duration PASSWORD_RESET_VALIDITY = Duration.ofHours(1);

	/** How long an email confirmation link works. */
	public static final Duration EMAIL_CONFIRMATION_VALIDITY = Duration.ofDays(3);

	public static final int MIN_PASSWORD_LENGTH = 10;

	/**
	 * BCrypt reads at most 72 bytes of a password; longer ones are refused rather than
	 * cut short.
	 */
	public static final int MAX_PASSWORD_BYTES = 72;

	/** An email address as it is stored and compared: trimmed and in lower case. */
	public static String normaliseEmail(String email) {
		return Person.normalise(email);
	}

	/**
	 * More reset links than this per account and hour are not sent (nobody needs them; it
	 * stops mail bombing).
	 */
	static final int MAX_RESET_LINKS_PER_HOUR = 3;

	private static final Logger log = LoggerFactory.getLogger(People.class);

	private final PersonRepository persons;

	private final PasswordEncoder passwordEncoder;

	private final AccountTokens tokens;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final Passkeys passkeys;

	private final AccountChangeLog changes;

	People(PersonRepository persons, PasswordEncoder passwordEncoder, AccountTokens tokens,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager, JdbcClient jdbc,
			Passkeys passkeys, AccountChangeLog changes) {
		this.passkeys = passkeys;
		this.changes = changes;
		this.transactions = new TransactionTemplate(transactionManager);
		this.jdbc = jdbc;
		this.persons = persons;
		this.passwordEncoder = passwordEncoder;
		this.tokens = tokens;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<PersonView> findByEmail(String email) {
		return persons.findByEmail(Person.normalise(email)).map(PersonView::of);
	}

	@Transactional(readOnly = true)
	public Optional<PersonView> findById(long id) {
		return persons.findById(id).map(PersonView::of);
	}

	/**
	 * Creates an account unless one with that email exists (then returns it unchanged).
	 * Used by demo data and by administrators; a null password leaves the account unable
	 * to sign in until a password is set.
	 */
	@Transactional
	public PersonView ensureAccount(String email, String displayName, Locale language, @Nullable String rawPassword,
			Set<Role> roles, @Nullable String organisation, @Nullable String jobTitle) {
		return persons.findByEmail(Person.normalise(email)).map(PersonView::of).orElseGet(() -> {
			var person = new Person(email, displayName, language);
			roles.forEach(person::grant);
			person.describeWork(organisation, jobTitle);
			if (rawPassword != null) {
				person.setPasswordHash(passwordEncoder.encode(rawPassword));
				person.confirmEmail();
			}
			return PersonView.of(persons.save(person));
		});
	}

	/**
	 * Registers a participant who signed up themselves, without a password: the person
	 * chooses one when they follow the link in the confirmation email, which also
	 * confirms the address (see {@link #confirmEmailWithPassword}). Until then the
	 * account cannot sign in. The {@link EmailConfirmationRequested} event carrying the
	 * link is published in the caller's transaction.
	 * <p>
	 * Registering therefore costs no password hashing: a rush of sign-ups is not held up
	 * by a deliberately slow hash.
	 * @throws EmailAlreadyRegisteredException when an account with this email address
	 * exists
	 */
	@Transactional
	public PersonView registerParticipant(NewParticipant participant) {
		if (persons.existsByEmail(Person.normalise(participant.email()))) {
			throw new EmailAlreadyRegisteredException(participant.email());
		}
		var person = new Person(participant.email(), participant.displayName(),
				SupportedLanguages.closest(participant.language()));
		person.grant(Role.PARTICIPANT);
		person.describeWork(participant.organisation(), participant.jobTitle());
		try {
			person = persons.saveAndFlush(person);
		}
		catch (DataIntegrityViolationException ex) {
			// registered at the same moment by another request
			throw new EmailAlreadyRegisteredException(participant.email());
		}
		var issued = tokens.issue(person.getId(), AccountTokens.Purpose.EMAIL_CONFIRMATION,
				EMAIL_CONFIRMATION_VALIDITY);
		events.publishEvent(
				new EmailConfirmationRequested(issued.id(), person.getId(), person.getEmail(), person.getDisplayName(),
						person.getPreferredLanguage(), "/account/confirm/" + issued.token(), issued.expiresAt()));
		return PersonView.of(person);
	}

	/**
	 * Someone signed up with the address of an existing account: what to tell its holder,
	 * in the caller's transaction. An account that has no password yet (created at an
	 * earlier sign-up whose email was lost, or never opened) gets a fresh link to choose
	 * one, which replaces the older links; at most {@value #MAX_RESET_LINKS_PER_HOUR}
	 * such links an hour, so the form cannot be used to flood a mailbox. The raw token
	 * leaves only in the returned reminder, for the email queued in the same transaction.
	 */
	@Transactional
	public ExistingAccountReminder remindExistingAccount(long personId) {
		var person = persons.findById(personId).filter(Person::isEnabled);
		if (person.isEmpty()) {
			return ExistingAccountReminder.NONE;
		}
		if (person.get().getPasswordHash() != null) {
			return new ExistingAccountReminder(ExistingAccountReminder.Kind.SIGN_IN, null, null, null);
		}
		if (tokens.issuedWithin(personId, AccountTokens.Purpose.EMAIL_CONFIRMATION,
				Duration.ofHours(1)) >= MAX_RESET_LINKS_PER_HOUR) {
			log.info("Sign-up reminder for person {} not sent: too many links within the hour", personId);
			return ExistingAccountReminder.NONE;
		}
		var issued = tokens.issue(personId, AccountTokens.Purpose.EMAIL_CONFIRMATION, EMAIL_CONFIRMATION_VALIDITY);
		return new ExistingAccountReminder(ExistingAccountReminder.Kind.CHOOSE_PASSWORD, issued.id(),
				"/account/confirm/" + issued.token(), issued.expiresAt());
	}

	/**
	 * What to tell the holder of an account that someone tried to create again.
	 *
	 * @param kind {@code SIGN_IN} (the account has a password), {@code CHOOSE_PASSWORD}
	 * (with a new link), or {@code NONE} (send nothing: the account is deactivated, or
	 * enough links went out this hour)
	 */
	public record ExistingAccountReminder(Kind kind, @Nullable Long tokenId, @Nullable String choosePasswordPath,
			java.time.@Nullable Instant expiresAt) {

		static final ExistingAccountReminder NONE = new ExistingAccountReminder(Kind.NONE, null, null, null);

		public enum Kind {

			SIGN_IN, CHOOSE_PASSWORD, NONE

		}

		/** The token stays out of logs. */
		@Override
		public String toString() {
			return "ExistingAccountReminder[" + kind + "]";
		}
	}

	/**
	 * What following an email confirmation link should show, without using the link:
	 * whether it still works, and whether the account still needs a password (a
	 * participant who signed up on the spot chooses it here).
	 */
	@Transactional(readOnly = true)
	public ConfirmationLink confirmationLink(String token) {
		return tokens.find(token, AccountTokens.Purpose.EMAIL_CONFIRMATION)
			.flatMap(found -> persons.findById(found.personId()).map(person -> {
				if (person.isEmailConfirmed()) {
					return ConfirmationLink.ALREADY_CONFIRMED;
				}
				if (!found.usable()) {
					return ConfirmationLink.INVALID;
				}
				return person.getPasswordHash() == null ? ConfirmationLink.CHOOSE_PASSWORD : ConfirmationLink.CONFIRM;
			}))
			.orElse(ConfirmationLink.INVALID);
	}

	/**
	 * Confirms the email address behind a confirmation link and sets the account's first
	 * password; the link is used up. The password is hashed before the transaction
	 * starts, so no database connection waits for it.
	 * @return the person, ready to be signed in (the link proved the address); empty when
	 * the link is unknown, used or expired (nothing changed)
	 * @throws IllegalArgumentException when the password is too short or too long
	 */
	public Optional<CurrentUser> confirmEmailWithPassword(String token, String password) {
		return setPasswordWithLink(token, AccountTokens.Purpose.EMAIL_CONFIRMATION, password);
	}

	/**
	 * Confirms an email address with the token from a confirmation link. Using a link
	 * twice is harmless: the second time the answer is
	 * {@link EmailConfirmation#ALREADY_CONFIRMED}.
	 */
	@Transactional
	public EmailConfirmation confirmEmail(String token) {
		Optional<Long> personId = tokens.use(token, AccountTokens.Purpose.EMAIL_CONFIRMATION);
		if (personId.isPresent()) {
			persons.findById(personId.get()).ifPresent(Person::confirmEmail);
			return EmailConfirmation.CONFIRMED;
		}
		return tokens.find(token, AccountTokens.Purpose.EMAIL_CONFIRMATION)
			.flatMap(found -> persons.findById(found.personId()))
			.filter(Person::isEmailConfirmed)
			.map(p -> EmailConfirmation.ALREADY_CONFIRMED)
			.orElse(EmailConfirmation.INVALID);
	}

	/**
	 * Sends a password reset link to the account with this email address, if there is one
	 * that may sign in. The caller learns nothing either way, so the answer to the
	 * visitor can be the same whether or not the address is known.
	 */
	@Transactional
	public void requestPasswordReset(String email) {
		var person = persons.findByEmail(Person.normalise(email)).filter(Person::isEnabled);
		if (person.isEmpty()) {
			return;
		}
		long id = person.get().getId();
		if (tokens.issuedWithin(id, AccountTokens.Purpose.PASSWORD_RESET,
				Duration.ofHours(1)) >= MAX_RESET_LINKS_PER_HOUR) {
			log.info("Password reset for person {} not sent: too many requests within the hour", id);
			return;
		}
		var issued = tokens.issue(id, AccountTokens.Purpose.PASSWORD_RESET, PASSWORD_RESET_VALIDITY);
		var p = person.get();
		events.publishEvent(new PasswordResetRequested(issued.id(), id, p.getEmail(), p.getDisplayName(),
				p.getPreferredLanguage(), "/account/password-reset/" + issued.token(), issued.expiresAt()));
	}

	/**
	 * Whether a password reset link can still be used (unused, not expired). Does not use
	 * it.
	 */
	@Transactional(readOnly = true)
	public boolean isPasswordResetLinkValid(String token) {
		return tokens.find(token, AccountTokens.Purpose.PASSWORD_RESET).map(AccountTokens.Found::usable).orElse(false);
	}

	/**
	 * Sets a new password with the token from a reset link, which is then used up.
	 * Following the link proves the person reads that mailbox, so the email address
	 * counts as confirmed too.
	 * @return the person, ready to be signed in (the link proved the address); empty when
	 * the link is unknown, used or expired (nothing changed)
	 * @throws IllegalArgumentException when the password is too short or too long
	 */
	public Optional<CurrentUser> resetPassword(String token, String newPassword) {
		return setPasswordWithLink(token, AccountTokens.Purpose.PASSWORD_RESET, newPassword);
	}

	/**
	 * Uses the link's token and sets the password; following a link from an email proves
	 * the person reads that mailbox, so the address counts as confirmed. The password is
	 * hashed before the transaction starts: BCrypt takes tens of milliseconds on purpose,
	 * and no database connection should wait for it.
	 */
	private Optional<CurrentUser> setPasswordWithLink(String token, AccountTokens.Purpose purpose, String password) {
		if (!isAcceptablePassword(password)) {
			throw new IllegalArgumentException("The password does not meet the length rules");
		}
		String hash = passwordEncoder.encode(password);
		Optional<CurrentUser> done = transactions.execute(status -> {
			Optional<Person> person = tokens.use(token, purpose).flatMap(persons::findById);
			person.ifPresent(p -> {
				p.setPasswordHash(hash);
				p.confirmEmail();
			});
			return person.map(p -> CurrentUser.of(p, passkeys.exists(p.getEmail())));
		});
		return done == null ? Optional.empty() : done;
	}

	/**
	 * At least {@value #MIN_PASSWORD_LENGTH} characters, at most
	 * {@value #MAX_PASSWORD_BYTES} bytes in UTF-8.
	 */
	public static boolean isAcceptablePassword(String password) {
		return password.codePointCount(0, password.length()) >= MIN_PASSWORD_LENGTH
				&& password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
	}

	/** What came of following an email confirmation link. */
	public enum EmailConfirmation {

		CONFIRMED, ALREADY_CONFIRMED, INVALID

	}

	/** What an email confirmation link leads to, before it is used. */
	public enum ConfirmationLink {

		/** The account has a password: following the link confirms the address. */
		CONFIRM,
		/**
		 * The account was created at sign-up without a password: the person chooses one,
		 * which confirms too.
		 */
		CHOOSE_PASSWORD, ALREADY_CONFIRMED, INVALID

	}

	/**
	 * Several persons at once, keyed by id: one SQL statement with their roles, without
	 * loading the entities (a roster of 200 spent a tenth of its time hydrating persons
	 * and fetching their roles in batches).
	 */
	@Transactional(readOnly = true)
	public Map<Long, PersonView> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		persons.flush();
		return jdbc.sql("""
				select p.id, p.email, p.display_name, p.preferred_language, p.organisation, p.job_title,
				       coalesce(array_agg(r.role) filter (where r.role is not null), '{}') as roles
				from person p left join person_role r on r.person_id = p.id
				where p.id = any(:ids)
				group by p.id""")
			.param("ids", ids.toArray(Long[]::new))
			.query((row, n) -> new PersonView(row.getLong("id"), row.getString("email"), row.getString("display_name"),
					row.getString("preferred_language"), row.getString("organisation"), row.getString("job_title"),
					roles((String[]) row.getArray("roles").getArray())))
			.list()
			.stream()
			.collect(Collectors.toMap(PersonView::id, Function.identity()));
	}

	private static Set<Role> roles(String[] names) {
		var roles = java.util.EnumSet.noneOf(Role.class);
		for (String name : names) {
			roles.add(Role.valueOf(name));
		}
		return java.util.Collections.unmodifiableSet(roles);
	}

	/**
	 * Persons whose name or email address contains the text (case-insensitive), by name;
	 * at most {@code limit}.
	 */
	@Transactional(readOnly = true)
	public List<PersonView> search(String text, int limit) {
		String needle = text.strip();
		if (needle.isEmpty()) {
			return List.of();
		}
		return persons.search(needle, PageRequest.of(0, limit)).stream().map(PersonView::of).toList();
	}

	/**
	 * Someone signed in through single sign-on, and the provider verified this address:
	 * the account with this address (its address now counts as confirmed), or a new
	 * participant account without a password. Empty when the account is deactivated. The
	 * account's first sign-in through this provider is recorded on it, as is an account
	 * the provider's sign-in created.
	 * @param provider the registration the person came through, e.g. {@code entra}
	 */
	@Transactional
	public Optional<CurrentUser> signInWithSingleSignOn(String email, String displayName, Locale language,
			String provider) {
		var found = persons.findByEmail(Person.normalise(email));
		var person = found.orElseGet(() -> {
			var created = new Person(email, displayName, SupportedLanguages.closest(language));
			created.grant(Role.PARTICIPANT);
			return persons.saveAndFlush(created);
		});
		if (!person.isEnabled()) {
			return Optional.empty();
		}
		if (found.isEmpty()) {
			changes.record(person.getId(), null, "CREATED_BY_SINGLE_SIGN_ON", null, provider);
		}
		else if (!changes.recorded(person.getId(), "SINGLE_SIGN_ON_LINKED", provider)) {
			changes.record(person.getId(), person.getId(), "SINGLE_SIGN_ON_LINKED", null, provider);
		}
		person.confirmEmail();
		return Optional.of(new CurrentUser(person.getId(), person.getEmail(), person.getDisplayName(),
				person.getPreferredLanguage(), person.getRoles(),
				person.getPasswordHash() == null ? "" : person.getPasswordHash(), true,
				passkeys.exists(person.getEmail())));
	}

	/** Notes the moment of a successful sign-in, shown to administrators. */
	@Transactional
	public void recordSignIn(long personId) {
		jdbc.sql("update person set last_signed_in_at = now() where id = :id").param("id", personId).update();
	}

	/** A participant's own sign-up. */
	public record NewParticipant(String email, String displayName, @Nullable String organisation,
			@Nullable String jobTitle, Locale language) {

		@Override
		public String toString() {
			return "NewParticipant[" + displayName + "]";
		}
	}

	/** A read-only view of a person that other modules may hold on to. */
	public record PersonView(long id, String email, String displayName, String preferredLanguage,
			@Nullable String organisation, @Nullable String jobTitle, Set<Role> roles) {

		public static PersonView of(Person p) {
			return new PersonView(p.getId(), p.getEmail(), p.getDisplayName(), p.getPreferredLanguage(),
					p.getOrganisation(), p.getJobTitle(), p.getRoles());
		}
	}

}
