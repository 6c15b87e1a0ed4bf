package org.traject.groups.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/** The groups module's ways in on the start pages, costing no query. */
@Configuration(proxyBeanMethods = false)
class GroupsStartSections {

	/** On {@code /my}: one's network or intervision group. */
	@Bean
	StartPageSection groupsForParticipants() {
		return StartPageSection.link(Role.PARTICIPANT, "groups/start :: participant", 95);
	}

	/** On {@code /coach}: the groups one facilitates. */
	@Bean
	StartPageSection groupsForCoaches() {
		return StartPageSection.link(Role.COACH, "groups/start :: coach", 30);
	}

}
