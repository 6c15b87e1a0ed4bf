package org.traject.people.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/** On the administrator's start page: the way to people and accounts. Costs no query. */
@Component
class PeopleStartSection implements StartPageSection {

	@Override
	public Role role() {
		return Role.ADMIN;
	}

	@Override
	public String fragment() {
		return "people/admin-list :: start-section";
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		return Map.of();
	}

	@Override
	public int order() {
		return 50;
	}

}
