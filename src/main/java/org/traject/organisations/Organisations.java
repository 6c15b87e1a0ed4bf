package org.traject.organisations;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.organisations.internal.OrganisationDirectory;

/**
 * The organisations module's facade: which organisations a person belongs to. Other
 * modules refer to a person by id; an organisation merged into another is not returned.
 * For callers without a page (the demo data, an import), organisations are written as a
 * secretary writes them, on the system's behalf (the history names no person).
 */
@Service
public class Organisations {

	private final JdbcClient jdbc;

	private final OrganisationDirectory directory;

	Organisations(JdbcClient jdbc, OrganisationDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/**
	 * The active organisation with this name or alias, compared as a sign-up's
	 * organisation is compared.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> findByName(String name) {
		return directory.findByName(name);
	}

	/** Records an organisation; returns its id. */
	@Transactional
	public long create(OrganisationDetails details) {
		return directory.create(null, details);
	}

	/** Another name the organisation is known by (sign-ups that give it join it). */
	@Transactional
	public void addAlias(long organisationId, String alias) {
		directory.addAlias(null, organisationId, alias);
	}

	/** Makes the person with this account address a contact of the organisation. */
	@Transactional
	public void addContact(long organisationId, String email, @Nullable String title) {
		directory.addContact(null, organisationId, email, title);
	}

	/** Makes the person with this account address a member of the organisation. */
	@Transactional
	public void addMember(long organisationId, String email) {
		directory.addMember(null, organisationId, email);
	}

	/** The organisations the person is a member of, by name. */
	@Transactional(readOnly = true)
	public List<OrganisationView> ofPerson(long personId) {
		return jdbc.sql("""
				select o.id, o.name, o.kind from organisation_member m join organisation o on o.id = m.organisation_id
				where m.person_id = :person and m.removed_at is null and o.merged_into is null
				order by lower(o.name), o.id""")
			.param("person", personId)
			.query((rs, n) -> new OrganisationView(rs.getLong("id"), rs.getString("name"),
					OrganisationKind.valueOf(rs.getString("kind"))))
			.list();
	}

	/**
	 * For each of the people who belong to an organisation, the first of theirs by name,
	 * with its place and first sector: what spreading people over groups needs, in one
	 * query for a whole cohort.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Membership> membershipsOf(Collection<Long> personIds) {
		Map<Long, Membership> memberships = new HashMap<>();
		if (personIds.isEmpty()) {
			return memberships;
		}
		jdbc.sql("""
				select distinct on (m.person_id) m.person_id, o.id, o.name, o.city, o.sectors[1] as sector
				from organisation_member m join organisation o on o.id = m.organisation_id
				where m.person_id in (:people) and m.removed_at is null and o.merged_into is null
				order by m.person_id, lower(o.name), o.id""").param("people", personIds).query(rs -> {
			memberships.put(rs.getLong("person_id"), new Membership(rs.getLong("id"), rs.getString("name"),
					rs.getString("city"), rs.getString("sector")));
		});
		return memberships;
	}

	/** A person's organisation, its place and its sector (null when not recorded). */
	public record Membership(long organisationId, String name, @Nullable String city, @Nullable String sector) {
	}

	/** An organisation as other modules may see it. */
	public record OrganisationView(long id, String name, OrganisationKind kind) {
	}

}
