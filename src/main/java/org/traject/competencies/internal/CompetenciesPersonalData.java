package org.traject.competencies.internal;

import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.PersonalDataContributor;

/**
 * Staff who edit competency profiles appear in the profiles' audit log by name. Their
 * copy lists those entries; erasure keeps the entries (what changed, when) without the
 * name.
 */
@Component
class CompetenciesPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	CompetenciesPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String part() {
		return "competency-profiles";
	}

	@Override
	public Set<String> tables() {
		return Set.of("competency_audit");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		return PersonalData.of(Map.of("profile_changes", jdbc.sql("""
				select at, actor_name, action, profile_id, profile_version_id, detail from competency_audit
				where actor_id = :person order by at, id""").param("person", subject.personId()).query().listOfRows()));
	}

	@Override
	public void erase(DataSubject subject) {
		jdbc.sql("update competency_audit set actor_name = '—' where actor_id = :person")
			.param("person", subject.personId())
			.update();
	}

}
