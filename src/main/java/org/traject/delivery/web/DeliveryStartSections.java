package org.traject.delivery.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.traject.cohorts.Cohorts;
import org.traject.delivery.internal.Attendance;
import org.traject.delivery.internal.LearningRecords;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StartPageSection;
import org.traject.web.ProviderTimeZone;

/** The delivery module's blocks on the start pages of participants and secretaries. */
final class DeliveryStartSections {

	private DeliveryStartSections() {
	}

	/** A participant's attendance so far and their learning record in brief. */
	@Component
	static class Participant implements StartPageSection {

		private final Attendance attendance;

		private final LearningRecords records;

		Participant(Attendance attendance, LearningRecords records) {
			this.attendance = attendance;
			this.records = records;
		}

		@Override
		public Role role() {
			return Role.PARTICIPANT;
		}

		@Override
		public String fragment() {
			return "delivery/record :: startSection";
		}

		@Override
		public Map<String, Object> model(CurrentUser user) {
			return Map.of("attendance", attendance.ofPerson(user.personId()), "record", records.of(user.personId()));
		}

		@Override
		public int order() {
			return 20;
		}

	}

	/**
	 * The sessions of today and of the coming week, each with the way to its attendance
	 * sheet: two statements however many cohorts there are.
	 */
	@Component
	static class Secretary implements StartPageSection {

		private final Cohorts cohorts;

		private final ProviderTimeZone timeZone;

		Secretary(Cohorts cohorts, ProviderTimeZone timeZone) {
			this.cohorts = cohorts;
			this.timeZone = timeZone;
		}

		@Override
		public Role role() {
			return Role.SECRETARY;
		}

		@Override
		public String fragment() {
			return "delivery/index :: startSection";
		}

		@Override
		public Map<String, Object> model(CurrentUser user) {
			var zone = timeZone.zone();
			var today = timeZone.today();
			var tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
			var sessions = cohorts.sessionsBetween(today.atStartOfDay(zone).toInstant(),
					today.plusDays(8).atStartOfDay(zone).toInstant());
			return Map.of("today", sessions.stream().filter(s -> s.startsAt().isBefore(tomorrow)).toList(), "week",
					sessions.stream().filter(s -> !s.startsAt().isBefore(tomorrow)).toList());
		}

		@Override
		public int order() {
			return 20;
		}

	}

}
