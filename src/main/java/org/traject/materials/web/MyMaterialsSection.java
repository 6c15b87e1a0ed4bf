package org.traject.materials.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.traject.materials.internal.MaterialAccess;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/** On {@code /my}: the materials and pre-work of the person's confirmed places. */
@Component
class MyMaterialsSection implements StartPageSection {

	private final MaterialAccess access;

	MyMaterialsSection(MaterialAccess access) {
		this.access = access;
	}

	@Override
	public Role role() {
		return Role.PARTICIPANT;
	}

	@Override
	public String fragment() {
		return "materials/my :: materials";
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		return Map.of("groups", access.of(user.personId()));
	}

	@Override
	public int order() {
		return 30;
	}

}
