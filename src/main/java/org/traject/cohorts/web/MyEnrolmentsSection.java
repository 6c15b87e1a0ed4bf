package org.traject.cohorts.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.traject.cohorts.internal.Enrolments;
import org.traject.people.CurrentUser;
import org.traject.people.Role;
import org.traject.people.StartPageSection;

/** On a participant's start page: their enrolments with status and next session. */
@Component
class MyEnrolmentsSection implements StartPageSection {

	private final Enrolments enrolments;

	MyEnrolmentsSection(Enrolments enrolments) {
		this.enrolments = enrolments;
	}

	@Override
	public Role role() {
		return Role.PARTICIPANT;
	}

	@Override
	public String fragment() {
		return "cohorts/my-enrolments :: section";
	}

	@Override
	public Map<String, Object> model(CurrentUser user) {
		var current = enrolments.ofPerson(user.personId())
			.stream()
			.filter(e -> e.isActive() || !e.endDate().isBefore(java.time.LocalDate.now()))
			.toList();
		return Map.of("enrolments", current);
	}

	@Override
	public int order() {
		return 10;
	}

}
