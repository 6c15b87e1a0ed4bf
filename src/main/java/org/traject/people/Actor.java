package org.traject.people;

import org.jspecify.annotations.Nullable;

/**
 * Who makes a change, and in which capacity, as histories and audit logs record it. A
 * controller receives it as a handler argument (the signed-in person, in the capacity its
 * {@link ActingAs} names); jobs and demo data act as {@link #system()}.
 */
public record Actor(Capacity capacity, @Nullable Long personId, @Nullable String name) {

	public enum Capacity {

		PARTICIPANT, SECRETARY, ADMINISTRATOR, COACH, MANAGER, SYSTEM

	}

	public static Actor of(CurrentUser user, Capacity capacity) {
		return new Actor(capacity, user.personId(), user.displayName());
	}

	public static Actor participant(long personId, @Nullable String name) {
		return new Actor(Capacity.PARTICIPANT, personId, name);
	}

	/** A manager approving by emailed link: known by name, without an account. */
	public static Actor manager(@Nullable String name) {
		return new Actor(Capacity.MANAGER, null, name);
	}

	public static Actor system() {
		return new Actor(Capacity.SYSTEM, null, null);
	}

	/** The acting person's id; only the system acts as nobody. */
	public long requirePersonId() {
		if (personId == null) {
			throw new IllegalStateException(capacity + " acts without a person");
		}
		return personId;
	}

	/** The name to show: the person's, or "Traject" for the system. */
	public String displayName() {
		return name != null ? name : "Traject";
	}

}
