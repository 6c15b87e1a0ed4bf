package org.traject.peers.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/** Peer support's ways in on the start pages, costing no query. */
@Configuration(proxyBeanMethods = false)
class PeersStartSections {

	/** On {@code /my}: asking a peer supporter, and one's questions. */
	@Bean
	StartPageSection peersForParticipants() {
		return StartPageSection.link(Role.PARTICIPANT, "peers/start :: participant", 96);
	}

	/** On {@code /admin}: the list of peer supporters. */
	@Bean
	StartPageSection peersForAdministrators() {
		return StartPageSection.link(Role.ADMIN, "peers/start :: admin", 90);
	}

}
