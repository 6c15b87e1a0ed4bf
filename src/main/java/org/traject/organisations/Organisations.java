package org.traject.organisations;

import java.util.List;

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

	/** An organisation as other modules may see it. */
	public record OrganisationView(long id, String name, OrganisationKind kind) {
	}

}
