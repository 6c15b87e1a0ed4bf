package org.traject.organisations.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.JdbcPersonalDataContributor;

/**
 * The organisations a person belongs to or is a contact person of, and the changes they
 * made to organisations. Erasure ends the memberships and contact roles (the
 * organisation's own record stays) and keeps the changes without saying who made them.
 */
@Component
class OrganisationsPersonalData extends JdbcPersonalDataContributor {

	OrganisationsPersonalData(JdbcClient jdbc) {
		super(jdbc, "organisations", "organisation_member", "organisation_contact", "organisation_change");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("memberships", rows(subject, """
				select o.name as organisation, m.source, m.added_at, m.removed_at
				from organisation_member m join organisation o on o.id = m.organisation_id
				where m.person_id = :person order by m.added_at"""));
		data.put("contact_of", rows(subject, """
				select o.name as organisation, c.title, c.added_at
				from organisation_contact c join organisation o on o.id = c.organisation_id
				where c.person_id = :person order by c.added_at"""));
		data.put("changes_made", rows(subject, """
				select o.name as organisation, ch.change, ch.changed_at
				from organisation_change ch join organisation o on o.id = ch.organisation_id
				where ch.changed_by = :person order by ch.changed_at, ch.id"""));
		return PersonalData.of(data);
	}

	@Override
	public void erase(DataSubject subject) {
		update(subject, "delete from organisation_member where person_id = :person");
		update(subject, "delete from organisation_contact where person_id = :person");
		update(subject, "update organisation_change set changed_by = null where changed_by = :person");
	}

}
