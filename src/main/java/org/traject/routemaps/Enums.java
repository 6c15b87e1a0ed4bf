package org.traject.routemaps;

/** Value sets of route maps and partnerships (stored by name). */
public final class Enums {

	private Enums() {
	}

	public enum VersionStatus {

		DRAFT, PUBLISHED, RETIRED

	}

	/** For whom a conversation card is. */
	public enum Audience {

		ALL, NEW, EXISTING;

		/** Whether a member with this membership gets a card for this audience. */
		public boolean includes(Membership membership) {
			return this == ALL || name().equals(membership.name());
		}

	}

	/** Whether a member school or board is new to the partnership or already in it. */
	public enum Membership {

		NEW, EXISTING

	}

	public enum Sector {

		PO, VO, MBO

	}

	public enum MemberKind {

		SCHOOL, BOARD

	}

}
