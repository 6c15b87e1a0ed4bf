package org.traject.groups.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.JdbcPersonalDataContributor;

/**
 * A person's groups: the ones they are a member of and the ones they facilitate, with the
 * meeting notes they wrote. Erasure takes them out of their groups and off the
 * facilitator's place; notes a facilitator wrote stay with the group, which the other
 * members still use.
 */
@Component
class GroupsPersonalData extends JdbcPersonalDataContributor {

	GroupsPersonalData(JdbcClient jdbc) {
		super(jdbc, "groups", "cohort_group", "cohort_group_member");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("memberOf", rows(subject, """
				select g.cohort_id, g.name from cohort_group_member m join cohort_group g on g.id = m.group_id
				where m.person_id = :person order by g.cohort_id, g.name"""));
		data.put("facilitates", rows(subject, """
				select cohort_id, name, notes, notes_changed_at from cohort_group
				where facilitator_person_id = :person order by cohort_id, name"""));
		return PersonalData.of(data);
	}

	@Override
	public void erase(DataSubject subject) {
		update(subject, "delete from cohort_group_member where person_id = :person");
		update(subject, "update cohort_group set facilitator_person_id = null where facilitator_person_id = :person");
	}

}
