package org.traject.delivery;

/**
 * Where a participant's career went after a programme (seed 003 tracks this: about 60 %
 * take up a leadership role).
 */
public enum CareerOutcomeKind {

	/** A formal leadership role: head, director, manager. */
	FORMAL_LEADERSHIP_ROLE,
	/** A role like leadership: coordinator, deputy. */
	LEADERSHIP_LIKE_ROLE,
	/** No leadership role yet. */
	NONE_YET;

	public boolean isLeadership() {
		return this != NONE_YET;
	}

}
