package org.traject.organisations;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations module's facade: which organisations a person belongs to. Other
 * modules refer to a person by id; an organisation merged into another is not returned.
 */
@Service
public class Organisations {

	private final JdbcClient jdbc;

	Organisations(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
