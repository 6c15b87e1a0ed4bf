package org.traject.organisations.internal;

import org.traject.organisations.OrganisationDetails;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.organisations.OrganisationKind;
import org.traject.organisations.OrganisationSector;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.web.Pager;

/**
 * What secretaries and administrators do with organisations: find them (paged, by any of
 * their names), create and edit them, give them aliases, add and remove members and
 * contacts, and merge a duplicate into the organisation that is kept. Every change is
 * recorded in {@code organisation_change} in the transaction of the change.
 * <p>
 * An organisation's own name and its aliases are its keys ({@link NameKey}): no two
 * organisations share one (the database's primary key holds it under concurrency), so a
 * person's free-text organisation matches at most one. Whenever an organisation gains a
 * key (created, renamed, an alias added), everyone whose free text reads as that key
 * becomes a member, unless a secretary removed them from it before.
 */
@Service
public class OrganisationDirectory {

	public static final int PAGE_SIZE = 25;

	private static final String ACTIVE_FILTER = """
			where o.merged_into is null
			  and (:kind = '' or o.kind = :kind)
			  and (:needle = '' or exists (select 1 from organisation_name n
			                               where n.organisation_id = o.id and n.name_key like :needle escape '\\'))""";

	private final JdbcClient jdbc;

	private final People people;

	OrganisationDirectory(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	/** One organisation in the list. */
	public record Row(long id, String name, OrganisationKind kind, Set<OrganisationSector> sectors,
			@Nullable String city, long members, long contacts) {
	}

	public record Result(List<Row> rows, int page, int size, long total) implements Pager {
	}

	/** An organisation with everything its edit form shows. */
	public record Organisation(long id, String name, OrganisationKind kind, Set<OrganisationSector> sectors,
			@Nullable String street, @Nullable String postalCode, @Nullable String city, String country,
			@Nullable String email, @Nullable String phone, @Nullable Long mergedInto, long version) {

		public OrganisationDetails details() {
			return new OrganisationDetails(name, kind, sectors, street, postalCode, city, country, email, phone);
		}
	}

	public record Alias(String key, String shown) {
	}

	public record Member(long personId, String name, String email, String source, Instant addedAt) {
	}

	public record Contact(long personId, String name, String email, @Nullable String title) {
	}

	public record Change(Instant at, @Nullable String by, String change, @Nullable String detail) {
	}

	/**
	 * A page of the organisations that are not merged away, by name: two statements (the
	 * count and the page). The text is looked for in every name and alias.
	 */
	@Transactional(readOnly = true)
	public Result search(String text, @Nullable OrganisationKind kind, int page) {
		String needle = NameKey.containing(text);
		String kindName = kind == null ? "" : kind.name();
		long total = jdbc.sql("select count(*) from organisation o " + ACTIVE_FILTER)
			.param("kind", kindName)
			.param("needle", needle)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(1, page), pages);
		var rows = jdbc.sql("""
				select o.id, o.name, o.kind, o.sectors, o.city,
				       (select count(*) from organisation_member m
				        where m.organisation_id = o.id and m.removed_at is null) as members,
				       (select count(*) from organisation_contact c where c.organisation_id = o.id) as contacts
				from organisation o
				""" + ACTIVE_FILTER + " order by lower(o.name), o.id limit :size offset :offset")
			.param("kind", kindName)
			.param("needle", needle)
			.param("size", PAGE_SIZE)
			.param("offset", (long) (shown - 1) * PAGE_SIZE)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"),
					OrganisationKind.valueOf(rs.getString("kind")), sectors(rs.getArray("sectors")),
					rs.getString("city"), rs.getLong("members"), rs.getLong("contacts")))
			.list();
		return new Result(rows, shown, PAGE_SIZE, total);
	}

	/** The organisation, also one merged away (then {@code mergedInto} says where to). */
	@Transactional(readOnly = true)
	public Optional<Organisation> find(long id) {
		return jdbc.sql("select * from organisation where id = :id")
			.param("id", id)
			.query((rs, n) -> organisation(rs))
			.optional();
	}

	/** The organisation's aliases (not its own name), alphabetically. */
	@Transactional(readOnly = true)
	public List<Alias> aliases(long id) {
		return jdbc
			.sql("select name_key, shown from organisation_name where organisation_id = :id and alias "
					+ "order by name_key")
			.param("id", id)
			.query((rs, n) -> new Alias(rs.getString("name_key"), rs.getString("shown")))
			.list();
	}

	/**
	 * The present members, by name, with their email addresses (from the people module).
	 */
	@Transactional(readOnly = true)
	public List<Member> members(long id) {
		record Row(long personId, String name, String source, Instant addedAt) {
		}
		var rows = jdbc.sql("""
				select m.person_id, d.display_name, m.source, m.added_at
				from organisation_member m join person_directory d on d.person_id = m.person_id
				where m.organisation_id = :id and m.removed_at is null
				order by lower(d.display_name), m.person_id""")
			.param("id", id)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list();
		var persons = people.findAllById(rows.stream().map(Row::personId).toList());
		return rows.stream()
			.map(r -> new Member(r.personId(), r.name(), email(persons, r.personId()), r.source(), r.addedAt()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Contact> contacts(long id) {
		record Row(long personId, String name, @Nullable String title) {
		}
		var rows = jdbc.sql("""
				select c.person_id, d.display_name, c.title
				from organisation_contact c join person_directory d on d.person_id = c.person_id
				where c.organisation_id = :id order by lower(d.display_name), c.person_id""")
			.param("id", id)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		var persons = people.findAllById(rows.stream().map(Row::personId).toList());
		return rows.stream()
			.map(r -> new Contact(r.personId(), r.name(), email(persons, r.personId()), r.title()))
			.toList();
	}

	/** What was changed, newest first. */
	@Transactional(readOnly = true)
	public List<Change> history(long id) {
		return jdbc.sql("""
				select c.changed_at, d.display_name, c.change, c.detail
				from organisation_change c left join person_directory d on d.person_id = c.changed_by
				where c.organisation_id = :id order by c.changed_at desc, c.id desc""")
			.param("id", id)
			.query((rs, n) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	/**
	 * Creates an organisation; everyone whose free-text organisation reads as its name
	 * becomes a member.
	 * @throws OrganisationRefusedException NAME_TAKEN
	 */
	@Transactional
	public long create(@Nullable CurrentUser by, OrganisationDetails details) {
		String key = NameKey.of(details.name());
		requireFree(key, null, OrganisationRefusedException.Reason.NAME_TAKEN);
		long id = jdbc.sql("""
				insert into organisation (name, kind, sectors, street, postal_code, city, country, email, phone)
				values (:name, :kind, :sectors, :street, :postalCode, :city, :country, :email, :phone)
				returning id""").paramSource(columns(details)).query(Long.class).single();
		insertName(key, id, details.name().strip(), false);
		record(id, by, "CREATED", details.name().strip());
		matchKey(id, key, by);
		return id;
	}

	/**
	 * Saves what the form says. A new name keeps the old one as an alias, so free text
	 * typed with the old name still finds the organisation.
	 * @throws OrganisationRefusedException NAME_TAKEN
	 * @throws OptimisticLockingFailureException when someone else changed it since
	 * {@code version}
	 */
	@Transactional
	public void update(@Nullable CurrentUser by, long id, long version, OrganisationDetails details) {
		var current = lockActive(id);
		if (current.version() != version) {
			throw new OptimisticLockingFailureException("Organisation " + id + " changed since version " + version);
		}
		String key = NameKey.of(details.name());
		String oldKey = NameKey.of(current.name());
		if (!key.equals(oldKey)) {
			requireFree(key, id, OrganisationRefusedException.Reason.NAME_TAKEN);
			jdbc.sql("update organisation_name set alias = true where organisation_id = :id and not alias")
				.param("id", id)
				.update();
			jdbc.sql("delete from organisation_name where name_key = :key").param("key", key).update();
			insertName(key, id, details.name().strip(), false);
		}
		else {
			jdbc.sql("update organisation_name set shown = :shown where organisation_id = :id and not alias")
				.param("shown", details.name().strip())
				.param("id", id)
				.update();
		}
		var params = columns(details);
		params.addValue("id", id);
		jdbc.sql("""
				update organisation set name = :name, kind = :kind, sectors = :sectors, street = :street,
				       postal_code = :postalCode, city = :city, country = :country, email = :email, phone = :phone,
				       version = version + 1
				where id = :id""").paramSource(params).update();
		record(id, by, "UPDATED",
				current.name().equals(details.name().strip()) ? null : current.name() + " → " + details.name().strip());
		if (!key.equals(oldKey)) {
			matchKey(id, key, by);
		}
	}

	/**
	 * Another name the organisation is known by; everyone whose free text reads as it
	 * becomes a member.
	 * @throws OrganisationRefusedException ALIAS_REQUIRED, ALIAS_TAKEN
	 */
	@Transactional
	public void addAlias(@Nullable CurrentUser by, long id, @Nullable String alias) {
		lockActive(id);
		String key = NameKey.of(alias);
		if (key.isEmpty()) {
			throw new OrganisationRefusedException(OrganisationRefusedException.Reason.ALIAS_REQUIRED, null);
		}
		requireFree(key, null, OrganisationRefusedException.Reason.ALIAS_TAKEN);
		insertName(key, id, alias == null ? key : alias.strip(), true);
		record(id, by, "ALIAS_ADDED", alias == null ? key : alias.strip());
		matchKey(id, key, by);
	}

	/** Forgets an alias (members stay). Nothing happens for an unknown one. */
	@Transactional
	public void removeAlias(@Nullable CurrentUser by, long id, String key) {
		lockActive(id);
		int removed = jdbc
			.sql("delete from organisation_name where organisation_id = :id and name_key = :key and alias")
			.param("id", id)
			.param("key", key)
			.update();
		if (removed > 0) {
			record(id, by, "ALIAS_REMOVED", key);
		}
	}

	/**
	 * Makes the person with this email address a member (again).
	 * @throws OrganisationRefusedException PERSON_UNKNOWN
	 */
	@Transactional
	public void addMember(@Nullable CurrentUser by, long id, String email) {
		lockActive(id);
		var person = people.findByEmail(email)
			.orElseThrow(
					() -> new OrganisationRefusedException(OrganisationRefusedException.Reason.PERSON_UNKNOWN, null));
		int added = jdbc.sql("""
				insert into organisation_member (organisation_id, person_id, source) values (:id, :person, 'SECRETARY')
				on conflict (organisation_id, person_id) do update set removed_at = null, source = 'SECRETARY',
				    added_at = now()
				where organisation_member.removed_at is not null""")
			.param("id", id)
			.param("person", person.id())
			.update();
		if (added > 0) {
			record(id, by, "MEMBER_ADDED", person.displayName());
		}
	}

	/** Takes the person out; matching their free text again will not bring them back. */
	@Transactional
	public void removeMember(@Nullable CurrentUser by, long id, long personId) {
		lockActive(id);
		int removed = jdbc.sql("""
				update organisation_member set removed_at = now()
				where organisation_id = :id and person_id = :person and removed_at is null""")
			.param("id", id)
			.param("person", personId)
			.update();
		if (removed > 0) {
			record(id, by, "MEMBER_REMOVED", nameOf(personId));
		}
	}

	/**
	 * Makes the person with this email address a contact of the organisation (or changes
	 * their title): they see the enrolments of its people.
	 * @throws OrganisationRefusedException PERSON_UNKNOWN
	 */
	@Transactional
	public void addContact(@Nullable CurrentUser by, long id, String email, @Nullable String title) {
		lockActive(id);
		var person = people.findByEmail(email)
			.orElseThrow(
					() -> new OrganisationRefusedException(OrganisationRefusedException.Reason.PERSON_UNKNOWN, null));
		jdbc.sql("""
				insert into organisation_contact (organisation_id, person_id, title) values (:id, :person, :title)
				on conflict (organisation_id, person_id) do update set title = excluded.title""")
			.param("id", id)
			.param("person", person.id())
			.param("title", blankToNull(title))
			.update();
		record(id, by, "CONTACT_ADDED",
				person.displayName() + (blankToNull(title) == null ? "" : " (" + title.strip() + ")"));
	}

	@Transactional
	public void removeContact(@Nullable CurrentUser by, long id, long personId) {
		lockActive(id);
		int removed = jdbc.sql("delete from organisation_contact where organisation_id = :id and person_id = :person")
			.param("id", id)
			.param("person", personId)
			.update();
		if (removed > 0) {
			record(id, by, "CONTACT_REMOVED", nameOf(personId));
		}
	}

	/**
	 * Merges the duplicate known by this name or alias into the organisation that is
	 * kept: its members, contacts, name and aliases move to the kept one (its name
	 * becomes an alias); the duplicate stays, marked as merged, and is gone from lists.
	 * Recorded on both.
	 * @return the duplicate's id
	 * @throws OrganisationRefusedException DUPLICATE_UNKNOWN, DUPLICATE_IS_SELF
	 */
	@Transactional
	public long merge(@Nullable CurrentUser by, long keptId, @Nullable String duplicateName) {
		long duplicateId = organisationWithKey(NameKey.of(duplicateName)).orElseThrow(
				() -> new OrganisationRefusedException(OrganisationRefusedException.Reason.DUPLICATE_UNKNOWN, null));
		if (duplicateId == keptId) {
			throw new OrganisationRefusedException(OrganisationRefusedException.Reason.DUPLICATE_IS_SELF, null);
		}
		// both rows locked, in id order so two merges in opposite directions cannot
		// deadlock
		var locked = jdbc
			.sql("select id from organisation where id in (:a, :b) and merged_into is null " + "order by id for update")
			.param("a", keptId)
			.param("b", duplicateId)
			.query(Long.class)
			.list();
		if (!locked.contains(keptId)) {
			throw new NoSuchElementException("No organisation " + keptId);
		}
		if (!locked.contains(duplicateId)) {
			throw new OrganisationRefusedException(OrganisationRefusedException.Reason.DUPLICATE_UNKNOWN, null);
		}
		String keptName = find(keptId).orElseThrow().name();
		String duplicate = find(duplicateId).orElseThrow().name();
		int members = jdbc.sql("""
				insert into organisation_member (organisation_id, person_id, source, added_at, removed_at)
				select :kept, m.person_id, 'MERGED', m.added_at, m.removed_at
				from organisation_member m where m.organisation_id = :duplicate
				on conflict (organisation_id, person_id) do nothing""")
			.param("kept", keptId)
			.param("duplicate", duplicateId)
			.update();
		jdbc.sql("delete from organisation_member where organisation_id = :duplicate")
			.param("duplicate", duplicateId)
			.update();
		jdbc.sql("""
				insert into organisation_contact (organisation_id, person_id, title, added_at)
				select :kept, c.person_id, c.title, c.added_at from organisation_contact c
				where c.organisation_id = :duplicate
				on conflict (organisation_id, person_id) do nothing""")
			.param("kept", keptId)
			.param("duplicate", duplicateId)
			.update();
		jdbc.sql("delete from organisation_contact where organisation_id = :duplicate")
			.param("duplicate", duplicateId)
			.update();
		jdbc.sql(
				"update organisation_name set organisation_id = :kept, alias = true where organisation_id = :duplicate")
			.param("kept", keptId)
			.param("duplicate", duplicateId)
			.update();
		jdbc.sql("update organisation set merged_into = :kept where merged_into = :duplicate")
			.param("kept", keptId)
			.param("duplicate", duplicateId)
			.update();
		jdbc.sql("update organisation set merged_into = :kept, version = version + 1 where id = :duplicate")
			.param("kept", keptId)
			.param("duplicate", duplicateId)
			.update();
		jdbc.sql("update organisation set version = version + 1 where id = :kept").param("kept", keptId).update();
		record(keptId, by, "MERGED_IN", duplicate + " (" + members + ")");
		record(duplicateId, by, "MERGED_AWAY", keptName);
		return duplicateId;
	}

	/**
	 * Matches the person's free-text organisation, as they typed it at sign-up, to the
	 * organisation known by that name or alias, and makes them a member unless a
	 * secretary took them out before.
	 * @return the organisation matched, if any
	 */
	@Transactional
	public Optional<Long> matchPerson(long personId) {
		var person = people.findById(personId);
		if (person.isEmpty()) {
			return Optional.empty();
		}
		var organisation = organisationWithKey(NameKey.of(person.get().organisation()));
		organisation.ifPresent(id -> {
			int added = jdbc
				.sql("""
						insert into organisation_member (organisation_id, person_id, source) values (:id, :person, 'MATCHED')
						on conflict (organisation_id, person_id) do nothing""")
				.param("id", id)
				.param("person", personId)
				.update();
			if (added > 0) {
				record(id, null, "MEMBERS_MATCHED", person.get().displayName());
			}
		});
		return organisation;
	}

	/**
	 * The active organisation with this name or alias, compared as a sign-up's
	 * organisation is compared.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> findByName(String name) {
		return organisationWithKey(NameKey.of(name));
	}

	/** The active organisation known by this key, if any. */
	Optional<Long> organisationWithKey(String key) {
		if (key.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select n.organisation_id from organisation_name n join organisation o on o.id = n.organisation_id
				where n.name_key = :key and o.merged_into is null""").param("key", key).query(Long.class).optional();
	}

	/**
	 * Everyone whose free text reads as the key, and who is not (and was not) a member,
	 * becomes one: one statement over the people module's published directory.
	 */
	private void matchKey(long id, String key, @Nullable CurrentUser by) {
		int added = jdbc
			.sql("""
					insert into organisation_member (organisation_id, person_id, source)
					select :id, d.person_id, 'MATCHED' from person_directory d
					where d.organisation is not null and %s = :key
					on conflict (organisation_id, person_id) do nothing"""
				.formatted(NameKey.SQL.formatted("d.organisation")))
			.param("id", id)
			.param("key", key)
			.update();
		if (added > 0) {
			record(id, by, "MEMBERS_MATCHED", Integer.toString(added));
		}
	}

	private void requireFree(String key, @Nullable Long except, OrganisationRefusedException.Reason reason) {
		var owner = jdbc.sql("""
				select o.name, o.id from organisation_name n join organisation o on o.id = n.organisation_id
				where n.name_key = :key""")
			.param("key", key)
			.query((rs, n) -> Map.entry(rs.getLong(2), rs.getString(1)))
			.optional();
		if (owner.isPresent() && (except == null || owner.get().getKey() != except.longValue())) {
			throw new OrganisationRefusedException(reason, owner.get().getValue());
		}
	}

	private void insertName(String key, long id, String shown, boolean alias) {
		try {
			jdbc.sql("insert into organisation_name (name_key, organisation_id, shown, alias) "
					+ "values (:key, :id, :shown, :alias)")
				.param("key", key)
				.param("id", id)
				.param("shown", shown)
				.param("alias", alias)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// taken at this very moment by another request
			throw new OrganisationRefusedException(alias ? OrganisationRefusedException.Reason.ALIAS_TAKEN
					: OrganisationRefusedException.Reason.NAME_TAKEN, shown);
		}
	}

	private Organisation lockActive(long id) {
		return jdbc.sql("select * from organisation where id = :id and merged_into is null for update")
			.param("id", id)
			.query((rs, n) -> organisation(rs))
			.optional()
			.orElseThrow(() -> new NoSuchElementException("No organisation " + id));
	}

	private void record(long id, @Nullable CurrentUser by, String change, @Nullable String detail) {
		jdbc.sql("insert into organisation_change (organisation_id, changed_by, change, detail) "
				+ "values (:id, :by, :change, :detail)")
			.param("id", id)
			.param("by", by == null ? null : by.personId())
			.param("change", change)
			.param("detail", detail)
			.update();
	}

	private String nameOf(long personId) {
		return people.findById(personId).map(People.PersonView::displayName).orElse(Long.toString(personId));
	}

	private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource columns(OrganisationDetails d) {
		return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("name", d.name().strip())
			.addValue("kind", d.kind().name())
			.addValue("sectors", d.sectors().stream().map(Enum::name).sorted().toArray(String[]::new))
			.addValue("street", blankToNull(d.street()))
			.addValue("postalCode", blankToNull(d.postalCode()))
			.addValue("city", blankToNull(d.city()))
			.addValue("country", d.country())
			.addValue("email", blankToNull(d.email()))
			.addValue("phone", blankToNull(d.phone()));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String email(Map<Long, People.PersonView> persons, long id) {
		var person = persons.get(id);
		return person == null ? "" : person.email();
	}

	private static Organisation organisation(ResultSet rs) throws SQLException {
		Long merged = rs.getObject("merged_into", Long.class);
		return new Organisation(rs.getLong("id"), rs.getString("name"), OrganisationKind.valueOf(rs.getString("kind")),
				sectors(rs.getArray("sectors")), rs.getString("street"), rs.getString("postal_code"),
				rs.getString("city"), rs.getString("country"), rs.getString("email"), rs.getString("phone"), merged,
				rs.getLong("version"));
	}

	static Set<OrganisationSector> sectors(@Nullable Array array) throws SQLException {
		var sectors = EnumSet.noneOf(OrganisationSector.class);
		if (array != null) {
			for (Object name : (Object[]) array.getArray()) {
				sectors.add(OrganisationSector.valueOf((String) name));
			}
		}
		return sectors;
	}

}
