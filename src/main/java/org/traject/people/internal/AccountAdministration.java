package org.traject.people.internal;

import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StaffInvited;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.web.Pager;
import org.traject.web.SupportedLanguages;

/**
 * What an administrator does with accounts: find people, invite staff, resend or revoke
 * an invitation, change roles, deactivate and reactivate. Every change is recorded in
 * {@code account_change} (who, when, what, before and after) in the transaction of the
 * change. Two rules hold whatever the concurrency: at least one administrator who can
 * sign in remains (the administrators' rows are locked while one is changed), and nobody
 * deactivates themselves.
 * <p>
 * A deactivated person cannot sign in, and their sessions end at once on every instance:
 * sessions live in PostgreSQL (Spring Session JDBC) and are deleted by the person's
 * principal name. A change of roles ends them too, so a role taken away is gone at the
 * next click, not at the next sign-in.
 */
@Service
public class AccountAdministration {

	/** How long an invitation link works. */
	public static final Duration INVITATION_VALIDITY = StaffInvited.INVITATION_VALIDITY;

	/** The roles an invitation may give. */
	public static final Set<Role> STAFF_ROLES = EnumSet.of(Role.ADMIN, Role.SECRETARY, Role.COACH);

	public static final int PAGE_SIZE = 25;

	/** Where an account stands. */
	public enum State {

		/** Can sign in. */
		ACTIVE,
		/** Invited or signed up, and has not chosen a password yet. */
		NO_PASSWORD, DEACTIVATED

	}

	/** One person as the list and the person's page show them. */
	public record PersonRow(long id, String displayName, String email, @Nullable String organisation,
			String preferredLanguage, Set<Role> roles, State state, @Nullable Instant lastSignedInAt) {
	}

	/**
	 * What to look for: a prefix of the name or email address, a role, a state; pages
	 * count from 1.
	 */
	public record Search(String text, @Nullable Role role, @Nullable State state, int page) {
	}

	public record Result(List<PersonRow> rows, int page, int size, long total) implements Pager {
	}

	/**
	 * One recorded change: by whom (null: Traject itself), what, and the value before and
	 * after.
	 */
	public record Change(Instant at, @Nullable String by, String change, @Nullable String before,
			@Nullable String after) {
	}

	/** A member of staff to invite. */
	public record Invitation(String displayName, String email, Locale language, Set<Role> roles) {
	}

	private static final String ROW_COLUMNS = """
			p.id, p.display_name, p.email, p.organisation, p.preferred_language, p.last_signed_in_at,
			case when not p.enabled then 'DEACTIVATED' when p.password_hash is null then 'NO_PASSWORD'
			     else 'ACTIVE' end as state,
			coalesce((select array_agg(r.role) from person_role r where r.person_id = p.id), '{}') as roles""";

	private static final String FILTER = """
			where (:prefix = '' or lower(p.email) like :prefix escape '\\' or lower(p.display_name) like :prefix escape '\\')
			  and (:role = '' or exists (select 1 from person_role r where r.person_id = p.id and r.role = :role))
			  and (:state = '' or (case when not p.enabled then 'DEACTIVATED' when p.password_hash is null
			                            then 'NO_PASSWORD' else 'ACTIVE' end) = :state)""";

	private final PersonRepository persons;

	private final AccountTokens tokens;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final FindByIndexNameSessionRepository<?> sessions;

	private final AccountChangeLog changes;

	private final Passkeys passkeys;

	AccountAdministration(PersonRepository persons, AccountTokens tokens, ApplicationEventPublisher events,
			JdbcClient jdbc, FindByIndexNameSessionRepository<?> sessions, AccountChangeLog changes,
			Passkeys passkeys) {
		this.changes = changes;
		this.passkeys = passkeys;
		this.persons = persons;
		this.tokens = tokens;
		this.events = events;
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	/**
	 * One page of people, by name: two statements (the count and the page), each served
	 * by an index.
	 */
	@Transactional(readOnly = true)
	public Result search(Search search) {
		String prefix = likePrefix(search.text());
		String role = search.role() == null ? "" : search.role().name();
		String state = search.state() == null ? "" : search.state().name();
		long total = jdbc.sql("select count(*) from person p " + FILTER)
			.param("prefix", prefix)
			.param("role", role)
			.param("state", state)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(Math.max(1, search.page()), pages);
		var rows = jdbc
			.sql("select " + ROW_COLUMNS + " from person p " + FILTER
					+ " order by lower(p.display_name), p.id limit :size offset :offset")
			.param("prefix", prefix)
			.param("role", role)
			.param("state", state)
			.param("size", PAGE_SIZE)
			.param("offset", (long) (page - 1) * PAGE_SIZE)
			.query((rs, n) -> row(rs))
			.list();
		return new Result(rows, page, PAGE_SIZE, total);
	}

	@Transactional(readOnly = true)
	public Optional<PersonRow> find(long personId) {
		return jdbc.sql("select " + ROW_COLUMNS + " from person p where p.id = :id")
			.param("id", personId)
			.query((rs, n) -> row(rs))
			.optional();
	}

	/** What was changed on this account, newest first. */
	@Transactional(readOnly = true)
	public List<Change> history(long personId) {
		return jdbc.sql("""
				select c.changed_at, b.display_name as by_name, c.change, c.before_value, c.after_value
				from account_change c left join person b on b.id = c.changed_by
				where c.person_id = :id order by c.changed_at desc, c.id desc""")
			.param("id", personId)
			.query((rs, n) -> new Change(rs.getTimestamp("changed_at").toInstant(), rs.getString("by_name"),
					rs.getString("change"), rs.getString("before_value"), rs.getString("after_value")))
			.list();
	}

	/**
	 * Creates an account for a member of staff, without a password, and emails them a
	 * single-use link to choose one ({@link StaffInvited}).
	 * @throws AccountRefusedException EMAIL_TAKEN
	 */
	@Transactional
	public long invite(CurrentUser admin, Invitation invitation) {
		Set<Role> roles = staffRoles(invitation.roles());
		String email = Person.normalise(invitation.email());
		if (persons.existsByEmail(email)) {
			throw new AccountRefusedException(AccountRefusedException.Reason.EMAIL_TAKEN);
		}
		var person = new Person(email, invitation.displayName(), SupportedLanguages.closest(invitation.language()));
		roles.forEach(person::grant);
		person = persons.saveAndFlush(person);
		record(person.getId(), admin.personId(), "INVITED", null, describe(roles));
		sendInvitation(person, admin.displayName());
		return person.getId();
	}

	/**
	 * A new link for someone who has not chosen a password yet; older links stop working.
	 * Reactivates a revoked invitation.
	 * @throws AccountRefusedException NO_OPEN_INVITATION when the person has a password
	 */
	@Transactional
	public void resendInvitation(CurrentUser admin, long personId) {
		var person = lockedPerson(personId);
		if (person.getPasswordHash() != null) {
			throw new AccountRefusedException(AccountRefusedException.Reason.NO_OPEN_INVITATION);
		}
		String before = state(person).name();
		person.reactivate();
		record(personId, admin.personId(), "INVITATION_RESENT", before, State.NO_PASSWORD.name());
		sendInvitation(person, admin.displayName());
	}

	/**
	 * The invitation's link stops working and the account is deactivated, so that no
	 * other way (a password reset, a sign-up with the same address) gives a link instead.
	 * @throws AccountRefusedException NO_OPEN_INVITATION when the person has a password
	 */
	@Transactional
	public void revokeInvitation(CurrentUser admin, long personId) {
		var person = lockedPerson(personId);
		if (person.getPasswordHash() != null) {
			throw new AccountRefusedException(AccountRefusedException.Reason.NO_OPEN_INVITATION);
		}
		tokens.revoke(personId, AccountTokens.Purpose.EMAIL_CONFIRMATION);
		tokens.revoke(personId, AccountTokens.Purpose.PASSWORD_RESET);
		String before = state(person).name();
		person.deactivate();
		record(personId, admin.personId(), "INVITATION_REVOKED", before, State.DEACTIVATED.name());
	}

	/**
	 * The person's roles become exactly these (at least one).
	 * @throws AccountRefusedException LAST_ADMINISTRATOR when this would leave no
	 * administrator who can sign in
	 */
	@Transactional
	public void changeRoles(CurrentUser admin, long personId, Set<Role> roles) {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("At least one role");
		}
		// the administrators first, always in the same order, then the person: two
		// changes never wait on each other
		var administrators = administratorsWhoCanSignIn();
		var person = lockedPerson(personId);
		Set<Role> before = person.getRoles();
		if (before.equals(roles)) {
			return;
		}
		if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			requireAnotherAdministrator(administrators, personId);
		}
		person.replaceRoles(roles);
		record(personId, admin.personId(), "ROLES_CHANGED", describe(before), describe(roles));
		endSessions(person.getEmail());
	}

	/**
	 * The person can no longer sign in and their open sessions end on every instance;
	 * their history stays.
	 * @throws AccountRefusedException OWN_ACCOUNT, LAST_ADMINISTRATOR
	 */
	@Transactional
	public void deactivate(CurrentUser admin, long personId) {
		if (admin.personId() == personId) {
			throw new AccountRefusedException(AccountRefusedException.Reason.OWN_ACCOUNT);
		}
		var administrators = administratorsWhoCanSignIn();
		var person = lockedPerson(personId);
		if (!person.isEnabled()) {
			return;
		}
		if (person.getRoles().contains(Role.ADMIN)) {
			requireAnotherAdministrator(administrators, personId);
		}
		String before = state(person).name();
		person.deactivate();
		record(personId, admin.personId(), "DEACTIVATED", before, State.DEACTIVATED.name());
		endSessions(person.getEmail());
	}

	@Transactional
	public void reactivate(CurrentUser admin, long personId) {
		var person = lockedPerson(personId);
		if (person.isEnabled()) {
			return;
		}
		person.reactivate();
		record(personId, admin.personId(), "REACTIVATED", State.DEACTIVATED.name(), state(person).name());
	}

	/**
	 * Lost-factor recovery: the person's passkeys are removed and their unused sign-in
	 * codes stop working, so their next sign-in asks for the password and then, for staff
	 * where the setting requires a second factor, a code by email (after which they can
	 * register a new passkey). Their open sessions end. Recorded with the number of
	 * passkeys removed.
	 * @return how many passkeys were removed
	 */
	@Transactional
	public int resetSecondFactors(CurrentUser admin, long personId) {
		var person = lockedPerson(personId);
		int removed = passkeys.removeAll(person.getEmail());
		jdbc.sql("update sign_in_code set used_at = now() where person_id = :person and used_at is null")
			.param("person", personId)
			.update();
		record(personId, admin.personId(), "SECOND_FACTORS_RESET", Integer.toString(removed), "0");
		endSessions(person.getEmail());
		return removed;
	}

	/** How many passkeys the person has registered. */
	@Transactional(readOnly = true)
	public int passkeyCount(long personId) {
		return persons.findById(personId).map(p -> passkeys.of(p.getEmail()).size()).orElse(0);
	}

	/**
	 * The first administrator of a fresh installation: creates the account with this
	 * address (or gives the administrator role to the account that has it) and issues a
	 * link to choose a password. Does nothing when an administrator who can sign in
	 * exists, or when this one still has a link that works (so a restart does not send or
	 * log a second one).
	 * @return the link's path and expiry when one was issued
	 */
	@Transactional
	public Optional<StaffInvited> bootstrapAdministrator(String email, Locale language) {
		if (!administratorsWhoCanSignIn().isEmpty()) {
			return Optional.empty();
		}
		String address = Person.normalise(email);
		var person = persons.findByEmail(address).orElse(null);
		if (person == null) {
			person = new Person(address, address.substring(0, Math.max(1, address.indexOf('@'))),
					SupportedLanguages.closest(language));
			person.grant(Role.ADMIN);
			person = persons.saveAndFlush(person);
			record(person.getId(), null, "BOOTSTRAPPED", null, describe(person.getRoles()));
		}
		else {
			if (person.getPasswordHash() == null
					&& tokens.hasUsable(person.getId(), AccountTokens.Purpose.EMAIL_CONFIRMATION)) {
				return Optional.empty();
			}
			String before = describe(person.getRoles());
			person.grant(Role.ADMIN);
			person.reactivate();
			record(person.getId(), null, "BOOTSTRAPPED", before, describe(person.getRoles()));
			if (person.getPasswordHash() != null) {
				// they can sign in with their password already; nothing to send
				return Optional.empty();
			}
		}
		return Optional.of(sendInvitation(person, null));
	}

	private StaffInvited sendInvitation(Person person, @Nullable String invitedBy) {
		var issued = tokens.issue(person.getId(), AccountTokens.Purpose.EMAIL_CONFIRMATION, INVITATION_VALIDITY);
		var event = new StaffInvited(issued.id(), person.getId(), person.getEmail(), person.getDisplayName(),
				person.getPreferredLanguage(), "/account/confirm/" + issued.token(), issued.expiresAt(), invitedBy);
		events.publishEvent(event);
		return event;
	}

	private Person lockedPerson(long personId) {
		jdbc.sql("select id from person where id = :id for update")
			.param("id", personId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NoSuchElementException("No person " + personId));
		return persons.findById(personId).orElseThrow();
	}

	/**
	 * Locks the rows of the administrators who can sign in, so two changes cannot each
	 * remove "the other" one.
	 */
	private List<Long> administratorsWhoCanSignIn() {
		return jdbc.sql("""
				select p.id from person p join person_role r on r.person_id = p.id and r.role = 'ADMIN'
				where p.enabled and p.password_hash is not null order by p.id for update of p""")
			.query(Long.class)
			.list();
	}

	private static void requireAnotherAdministrator(List<Long> administrators, long personId) {
		if (administrators.stream().noneMatch(id -> id != personId)) {
			throw new AccountRefusedException(AccountRefusedException.Reason.LAST_ADMINISTRATOR);
		}
	}

	private void endSessions(String email) {
		sessions.findByPrincipalName(email).keySet().forEach(sessions::deleteById);
	}

	private void record(long personId, @Nullable Long by, String change, @Nullable String before,
			@Nullable String after) {
		changes.record(personId, by, change, before, after);
	}

	private static State state(Person person) {
		if (!person.isEnabled()) {
			return State.DEACTIVATED;
		}
		return person.getPasswordHash() == null ? State.NO_PASSWORD : State.ACTIVE;
	}

	private static Set<Role> staffRoles(Set<Role> roles) {
		if (roles.isEmpty() || !STAFF_ROLES.containsAll(roles)) {
			throw new IllegalArgumentException("An invitation gives one or more staff roles");
		}
		return EnumSet.copyOf(roles);
	}

	/** Roles in a fixed order, e.g. {@code ADMIN,COACH}: what the change record keeps. */
	static String describe(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
	}

	/**
	 * The text as a LIKE prefix pattern in lower case, its own % and _ taken literally;
	 * empty for no text.
	 */
	static String likePrefix(String text) {
		String needle = text.strip().toLowerCase(Locale.ROOT);
		if (needle.isEmpty()) {
			return "";
		}
		return needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static PersonRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		var roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
		var last = rs.getTimestamp("last_signed_in_at");
		return new PersonRow(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
				rs.getString("organisation"), rs.getString("preferred_language"), Set.copyOf(roles),
				State.valueOf(rs.getString("state")), last == null ? null : last.toInstant());
	}

}
