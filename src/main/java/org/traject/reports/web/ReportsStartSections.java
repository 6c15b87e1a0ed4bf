package org.traject.reports.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/** A link to the reports on the start pages of course secretaries and administrators. */
@Configuration(proxyBeanMethods = false)
class ReportsStartSections {

	@Bean
	StartPageSection reportsForSecretaries() {
		return StartPageSection.link(Role.SECRETARY, "reports/reports :: startSection", 90);
	}

	@Bean
	StartPageSection reportsForAdministrators() {
		return StartPageSection.link(Role.ADMIN, "reports/reports :: startSection", 90);
	}

}
