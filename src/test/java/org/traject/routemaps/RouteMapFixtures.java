package org.traject.routemaps;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.routemaps.Enums.MemberKind;
import org.traject.routemaps.Enums.Membership;
import org.traject.routemaps.Enums.Sector;
import org.traject.routemaps.internal.Partnerships;
import org.traject.web.SupportedLanguages;

/** Partnerships of the demo route map, each with its own coordinator, for tests. */
record RouteMapFixtures(People people, Partnerships partnerships, JdbcClient jdbc) {

	static final String PASSWORD = "traject-demo";

	long demoRouteMap() {
		return jdbc.sql("select id from route_map where code = 'lock-draagvlak'").query(Long.class).single();
	}

	long demoPartnership() {
		return jdbc.sql("select id from route_partnership where code = 'demo-partnership'").query(Long.class).single();
	}

	/** A new partnership with a coordinator of its own. */
	Partnerships.Access partnership(String name) {
		String email = "coordinator-" + UUID.randomUUID() + "@example.org";
		var coordinator = people.ensureAccount(email, "Coordinator of " + name, SupportedLanguages.DUTCH, null,
				Set.of(Role.PARTICIPANT), null, null);
		long id = partnerships.create(null, name, demoRouteMap(), coordinator.id(), false);
		return partnerships.access(id, coordinator.id());
	}

	String coordinatorEmail(Partnerships.Access access) {
		return people.findById(access.coordinatorPersonId()).orElseThrow().email();
	}

	long member(Partnerships.Access access, String name, Sector sector, Membership membership) {
		return partnerships.addMember(access, new Partnerships.MemberDetails(name, MemberKind.SCHOOL, sector,
				membership, List.of(new Partnerships.Contact("Leader of " + name, null))));
	}

}
