package org.traject.coaching.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/** The coaching module's blocks on the start pages: ways in, costing no query. */
final class CoachingStartSections {

	private CoachingStartSections() {
	}

	/** On {@code /coach}: the profile, availability and agenda. */
	@Component
	static class Coach implements StartPageSection {

		@Override
		public Role role() {
			return Role.COACH;
		}

		@Override
		public String fragment() {
			return "coaching/start :: coach";
		}

		@Override
		public Map<String, Object> model(CurrentUser user) {
			return Map.of();
		}

		@Override
		public int order() {
			return 20;
		}

	}

	/** On {@code /my}: the participant's coaching sessions and appointments. */
	@Component
	static class Participant implements StartPageSection {

		@Override
		public Role role() {
			return Role.PARTICIPANT;
		}

		@Override
		public String fragment() {
			return "coaching/start :: participant";
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

	/** On {@code /secretary}: coaching appointments and booking for someone. */
	@Component
	static class Secretary implements StartPageSection {

		@Override
		public Role role() {
			return Role.SECRETARY;
		}

		@Override
		public String fragment() {
			return "coaching/start :: secretary";
		}

		@Override
		public Map<String, Object> model(CurrentUser user) {
			return Map.of();
		}

		@Override
		public int order() {
			return 85;
		}

	}

}
