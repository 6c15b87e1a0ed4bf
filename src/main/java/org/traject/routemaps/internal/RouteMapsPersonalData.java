package org.traject.routemaps.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.JdbcPersonalDataContributor;

/**
 * The partnerships a person coordinates or reads as a member of the steering group.
 * Erasure takes them off the steering groups; a partnership they coordinate keeps its
 * record and the (now anonymous) account's id as coordinator, since its schools'
 * conversations belong to the partnership, until someone else is made coordinator.
 */
@Component
class RouteMapsPersonalData extends JdbcPersonalDataContributor {

	RouteMapsPersonalData(JdbcClient jdbc) {
		super(jdbc, "route-maps", "route_partnership", "route_partnership_viewer");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("coordinates", rows(subject, """
				select name, created_at from route_partnership
				where coordinator_person_id = :person order by created_at"""));
		data.put("steering_group_of", rows(subject, """
				select p.name from route_partnership_viewer v join route_partnership p on p.id = v.partnership_id
				where v.person_id = :person order by p.name"""));
		return PersonalData.of(data);
	}

	@Override
	public void erase(DataSubject subject) {
		update(subject, "delete from route_partnership_viewer where person_id = :person");
	}

}
