package org.traject.organisations.web;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.traject.organisations.internal.Overviews;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/** The organisations module's blocks on the start pages. */
@Configuration(proxyBeanMethods = false)
class OrganisationStartSections {

	/** On {@code /secretary}: the way to the client organisations. Costs no query. */
	@Bean
	StartPageSection organisationsForSecretaries() {
		return StartPageSection.link(Role.SECRETARY, "organisations/start :: secretary", 80);
	}

	/**
	 * On {@code /my}: for an organisation's contact, the way to its people's enrolments;
	 * for a manager, the way to the people they approved or who share their plan. Shows
	 * nothing to anyone else. Two statements.
	 */
	@Component
	static class Participant implements StartPageSection {

		private final Overviews overviews;

		Participant(Overviews overviews) {
			this.overviews = overviews;
		}

		@Override
		public Role role() {
			return Role.PARTICIPANT;
		}

		@Override
		public String fragment() {
			return "organisations/start :: participant";
		}

		@Override
		public Map<String, Object> model(CurrentUser user) {
			return Map.of("contactOf", overviews.contactOf(user.personId()), "manages",
					overviews.managesAnyone(user.email()));
		}

		@Override
		public int order() {
			return 5;
		}

	}

}
