package org.traject.reports.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/** A link to the reports on the start pages of course secretaries and administrators. */
final class ReportsStartSections {

	private ReportsStartSections() {
	}

	private abstract static class Link implements StartPageSection {

		@Override
		public String fragment() {
			return "reports/reports :: startSection";
		}

		@Override
		public Map<String, Object> model(CurrentUser user) {
			return Map.of();
		}

		@Override
		public int order() {
			return 90;
		}

	}

	@Component
	static class Secretary extends Link {

		@Override
		public Role role() {
			return Role.SECRETARY;
		}

	}

	@Component
	static class Admin extends Link {

		@Override
		public Role role() {
			return Role.ADMIN;
		}

	}

}
