package org.traject.competencies.internal;

import org.jspecify.annotations.Nullable;
import org.traject.people.CurrentUser;

/** Who makes a change, as the audit log records it; the system for demo data. */
public record Actor(@Nullable Long personId, String name) {

	public static final Actor SYSTEM = new Actor(null, "Traject");

	public static Actor of(CurrentUser user) {
		return new Actor(user.personId(), user.displayName());
	}
}
