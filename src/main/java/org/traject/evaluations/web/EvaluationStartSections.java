package org.traject.evaluations.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/**
 * A link to the evaluations on the start pages of course secretaries and administrators.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationStartSections {

	@Bean
	StartPageSection evaluationsForSecretaries() {
		return StartPageSection.link(Role.SECRETARY, "evaluations/start :: staff", 88);
	}

	@Bean
	StartPageSection evaluationsForAdministrators() {
		return StartPageSection.link(Role.ADMIN, "evaluations/start :: staff", 88);
	}

}
