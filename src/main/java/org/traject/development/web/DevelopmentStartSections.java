package org.traject.development.web;

import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.traject.development.internal.MeasurementOverview;
import org.traject.development.internal.PlanQueries;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/**
 * The development blocks on the start pages: the participant's measurement and plan, the
 * coach's shared plans.
 */
final class DevelopmentStartSections {

	private DevelopmentStartSections() {
	}

	/**
	 * On {@code /my}: the measurement to do or continue, the latest results, plan
	 * progress, plans shared with me.
	 */
	@Component
	static class Participant implements StartPageSection {

		private final MeasurementOverview overview;

		private final PlanQueries plans;

		Participant(MeasurementOverview overview, PlanQueries plans) {
			this.overview = overview;
			this.plans = plans;
		}

		@Override
		public Role role() {
			return Role.PARTICIPANT;
		}

		@Override
		public String fragment() {
			return "development/start :: my-development";
		}

		@Override
		public Map<String, Object> model(CurrentUser user) {
			var mine = overview.of(user.personId(), LocaleContextHolder.getLocale());
			return Map.of("overview", mine, "progress", plans.progress(user.personId()), "shared",
					plans.sharedWith(user.personId(), user.email(), "MANAGER"));
		}

		@Override
		public int order() {
			return 50;
		}

	}

	/**
	 * On {@code /coach}: the participants who shared their plan with me, most recently
	 * changed first.
	 */
	@Component
	static class Coach implements StartPageSection {

		private final PlanQueries plans;

		Coach(PlanQueries plans) {
			this.plans = plans;
		}

		@Override
		public Role role() {
			return Role.COACH;
		}

		@Override
		public String fragment() {
			return "development/start :: coach-plans";
		}

		@Override
		public Map<String, Object> model(CurrentUser user) {
			return Map.of("plans", plans.sharedWith(user.personId(), user.email(), "COACH"));
		}

		@Override
		public int order() {
			return 10;
		}

	}

}
