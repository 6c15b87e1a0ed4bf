package org.traject.competencies.internal;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.JdbcPersonalDataContributor;

/**
 * Staff who edit competency profiles appear in the profiles' audit log by name. Their
 * copy lists those entries; erasure keeps the entries (what changed, when) without the
 * name.
 */
@Component
class CompetenciesPersonalData extends JdbcPersonalDataContributor {

	CompetenciesPersonalData(JdbcClient jdbc) {
		super(jdbc, "competency-profiles", "competency_audit");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		return PersonalData.of(Map.of("profile_changes", rows(subject, """
				select at, actor_name, action, profile_id, profile_version_id, detail from competency_audit
				where actor_id = :person order by at, id""")));
	}

	@Override
	public void erase(DataSubject subject) {
		update(subject, "update competency_audit set actor_name = '—' where actor_id = :person");
	}

}
