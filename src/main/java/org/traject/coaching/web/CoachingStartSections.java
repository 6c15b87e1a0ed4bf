package org.traject.coaching.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/** The coaching module's blocks on the start pages: ways in, costing no query. */
@Configuration(proxyBeanMethods = false)
class CoachingStartSections {

	/** On {@code /coach}: the profile, availability and agenda. */
	@Bean
	StartPageSection coachingForCoaches() {
		return StartPageSection.link(Role.COACH, "coaching/start :: coach", 20);
	}

	/** On {@code /my}: the participant's coaching sessions and appointments. */
	@Bean
	StartPageSection coachingForParticipants() {
		return StartPageSection.link(Role.PARTICIPANT, "coaching/start :: participant", 90);
	}

	/** On {@code /secretary}: coaching appointments and booking for someone. */
	@Bean
	StartPageSection coachingForSecretaries() {
		return StartPageSection.link(Role.SECRETARY, "coaching/start :: secretary", 85);
	}

}
