package org.traject.agenda.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/** The agenda module's way in on the secretary's start page, costing no query. */
@Configuration(proxyBeanMethods = false)
class AgendaStartSections {

	/** On {@code /secretary}: reminders per programme. */
	@Bean
	StartPageSection remindersForSecretaries() {
		return StartPageSection.link(Role.SECRETARY, "agenda/start :: secretary", 88);
	}

}
