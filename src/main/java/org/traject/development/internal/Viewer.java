package org.traject.development.internal;

/**
 * How the person reading a plan relates to it; nobody else reads it, administrators
 * included.
 */
public enum Viewer {

	OWNER, COACH, MANAGER;

	public boolean isOwner() {
		return this == OWNER;
	}

	public boolean isCoach() {
		return this == COACH;
	}

}
