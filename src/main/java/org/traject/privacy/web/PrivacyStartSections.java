package org.traject.privacy.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StartPageSection;
import org.traject.privacy.internal.ErasureRequests;

/**
 * The way to "Your data" on a participant's start page, and the open erasure requests on
 * the administrator's.
 */
@Configuration(proxyBeanMethods = false)
class PrivacyStartSections {

	@Bean
	StartPageSection participantPrivacySection() {
		return new StartPageSection() {
			@Override
			public Role role() {
				return Role.PARTICIPANT;
			}

			@Override
			public String fragment() {
				return "privacy/my :: start-section";
			}

			@Override
			public Map<String, Object> model(CurrentUser user) {
				return Map.of();
			}

			@Override
			public int order() {
				return 950;
			}
		};
	}

	@Bean
	StartPageSection adminPrivacySection(ErasureRequests requests) {
		return new StartPageSection() {
			@Override
			public Role role() {
				return Role.ADMIN;
			}

			@Override
			public String fragment() {
				return "privacy/admin :: start-section";
			}

			@Override
			public Map<String, Object> model(CurrentUser user) {
				return Map.of("pending", requests.pending().size());
			}

			@Override
			public int order() {
				return 60;
			}
		};
	}

}
