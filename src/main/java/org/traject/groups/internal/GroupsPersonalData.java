package org.traject.groups.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.JdbcPersonalDataContributor;

/**
 * A person's groups: the ones they are a member of and the ones they facilitate or
 * support as expert, with the meeting notes they wrote, their attendance at group
 * meetings and the products they delivered. Erasure takes them out of their groups,
 * deletes their attendance and takes them off the facilitator's and the expert's place
 * and off the products they delivered or published; notes, questions and products stay
 * with the group, which the other members still use (the public library never names
 * anyone).
 */
@Component
class GroupsPersonalData extends JdbcPersonalDataContributor {

	GroupsPersonalData(JdbcClient jdbc) {
		super(jdbc, "groups", "cohort_group", "cohort_group_member", "cohort_group_attendance", "cohort_group_product");
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
		data.put("expertOf", rows(subject, """
				select cohort_id, name, question from cohort_group
				where expert_person_id = :person order by cohort_id, name"""));
		data.put("meetingAttendance", rows(subject, """
				select g.cohort_id, g.name as group_name, m.starts_at, a.status, a.reason, a.recorded_at
				from cohort_group_attendance a
				join cohort_group_meeting m on m.id = a.meeting_id
				join cohort_group g on g.id = a.group_id
				where a.person_id = :person order by m.starts_at"""));
		data.put("productsDelivered", rows(subject, """
				select g.cohort_id, g.name as group_name, p.description, p.file_name, p.delivered_at, p.published_at
				from cohort_group_product p join cohort_group g on g.id = p.group_id
				where p.delivered_by_person_id = :person order by p.delivered_at"""));
		return PersonalData.of(data);
	}

	@Override
	public void erase(DataSubject subject) {
		update(subject, "delete from cohort_group_member where person_id = :person");
		update(subject, "update cohort_group set facilitator_person_id = null where facilitator_person_id = :person");
		update(subject, "update cohort_group set expert_person_id = null where expert_person_id = :person");
		update(subject, "delete from cohort_group_attendance where person_id = :person");
		update(subject, "update cohort_group_attendance set recorded_by_person_id = null "
				+ "where recorded_by_person_id = :person");
		update(subject, "update cohort_group_product set delivered_by_person_id = null "
				+ "where delivered_by_person_id = :person");
		update(subject, "update cohort_group_product set published_by_person_id = null "
				+ "where published_by_person_id = :person");
	}

}
