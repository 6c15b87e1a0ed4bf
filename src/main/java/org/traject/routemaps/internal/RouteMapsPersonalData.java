package org.traject.routemaps.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.PersonalDataContributor;

/**
 * The partnerships a person coordinates or reads as a member of the steering group.
 * Erasure takes them off the steering groups; a partnership they coordinate keeps its
 * record and the (now anonymous) account's id as coordinator, since its schools'
 * conversations belong to the partnership, until someone else is made coordinator.
 */
@Component
class RouteMapsPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	RouteMapsPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String part() {
		return "route-maps";
	}

	@Override
	public Set<String> tables() {
		return Set.of("route_partnership", "route_partnership_viewer");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("coordinates",
				jdbc.sql("""
						select name, created_at from route_partnership
						where coordinator_person_id = :person order by created_at""")
					.param("person", subject.personId())
					.query()
					.listOfRows());
		data.put("steering_group_of", jdbc.sql("""
				select p.name from route_partnership_viewer v join route_partnership p on p.id = v.partnership_id
				where v.person_id = :person order by p.name""")
			.param("person", subject.personId())
			.query()
			.listOfRows());
		return PersonalData.of(data);
	}

	@Override
	public void erase(DataSubject subject) {
		jdbc.sql("delete from route_partnership_viewer where person_id = :person")
			.param("person", subject.personId())
			.update();
	}

}
