package org.traject.competencies.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.traject.competencies.internal.ProfileQueries;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/**
 * The administrator's start page shows how many profiles are published or in draft, with
 * a link to the editor.
 */
@Component
class ProfilesStartSection implements StartPageSection {

	private final ProfileQueries queries;

	ProfilesStartSection(ProfileQueries queries) {
		this.queries = queries;
	}

	@Override
	public Role role() {
		return Role.ADMIN;
	}

	@Override
	public String fragment() {
		return "competencies/start :: admin-profiles";
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		return Map.of("counts", queries.counts());
	}

	@Override
	public int order() {
		return 10;
	}

}
