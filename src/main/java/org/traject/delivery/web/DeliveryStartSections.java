package org.traject.delivery.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.Cohorts;
import org.traject.delivery.internal.Attendance;
import org.traject.delivery.internal.LearningRecords;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

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
	 * The cohorts under way (running, or begun and not completed), to register
	 * attendance, and the way to the rest.
	 */
	@Component
	static class Secretary implements StartPageSection {

		private final Cohorts cohorts;

		Secretary(Cohorts cohorts) {
			this.cohorts = cohorts;
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
			return Map.of("running", cohorts.currentOverview()
				.stream()
				.filter(c -> c.status() == CohortStatus.RUNNING || (c.status() != CohortStatus.CANCELLED
						&& c.status() != CohortStatus.COMPLETED && !c.startDate().isAfter(java.time.LocalDate.now())))
				.toList());
		}

		@Override
		public int order() {
			return 40;
		}

	}

}
