package org.traject.cohorts;

import org.jspecify.annotations.Nullable;
import org.traject.people.CurrentUser;

/** Who made a change to an enrolment, as its history records it. */
public record Actor(Role role, @Nullable Long personId, @Nullable String name) {

	public enum Role {

		PARTICIPANT, SECRETARY, MANAGER, SYSTEM

	}

	public static Actor participant(long personId, @Nullable String name) {
		return new Actor(Role.PARTICIPANT, personId, name);
	}

	public static Actor participant(CurrentUser user) {
		return participant(user.personId(), user.displayName());
	}

	public static Actor secretary(CurrentUser user) {
		return new Actor(Role.SECRETARY, user.personId(), user.displayName());
	}

	public static Actor manager(@Nullable String name) {
		return new Actor(Role.MANAGER, null, name);
	}

	public static Actor system() {
		return new Actor(Role.SYSTEM, null, null);
	}
}
