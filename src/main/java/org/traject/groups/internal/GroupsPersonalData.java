package org.traject.groups.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.PersonalDataContributor;

/**
 * A person's groups: the ones they are a member of and the ones they facilitate, with the
 * meeting notes they wrote. Erasure takes them out of their groups and off the
 * facilitator's place; notes a facilitator wrote stay with the group, which the other
 * members still use.
 */
@Component
class GroupsPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	GroupsPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String part() {
		return "groups";
	}

	@Override
	public Set<String> tables() {
		return Set.of("cohort_group", "cohort_group_member");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("memberOf",
				jdbc.sql("""
						select g.cohort_id, g.name from cohort_group_member m join cohort_group g on g.id = m.group_id
						where m.person_id = :person order by g.cohort_id, g.name""")
					.param("person", subject.personId())
					.query()
					.listOfRows());
		data.put("facilitates",
				jdbc.sql("""
						select cohort_id, name, notes, notes_changed_at from cohort_group
						where facilitator_person_id = :person order by cohort_id, name""")
					.param("person", subject.personId())
					.query()
					.listOfRows());
		return PersonalData.of(data);
	}

	@Override
	public void erase(DataSubject subject) {
		jdbc.sql("delete from cohort_group_member where person_id = :person")
			.param("person", subject.personId())
			.update();
		jdbc.sql("update cohort_group set facilitator_person_id = null where facilitator_person_id = :person")
			.param("person", subject.personId())
			.update();
	}

}
