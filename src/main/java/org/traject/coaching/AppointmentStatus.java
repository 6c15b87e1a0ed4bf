package org.traject.coaching;

/**
 * Where a coaching appointment stands. Booked appointments hold their slot; a cancelled
 * one frees it. Held and no-show are the coach's record after the appointment, and both
 * use the entitlement.
 */
public enum AppointmentStatus {

	BOOKED, HELD, NO_SHOW, CANCELLED;

	/** Whether the appointment uses one of the participant's entitled sessions. */
	public boolean usesEntitlement() {
		return this != CANCELLED;
	}

	/** The status tag's kind ({@code components :: statusTag}). */
	public String tagKind() {
		return switch (this) {
			case BOOKED -> "waiting";
			case HELD -> "done";
			case NO_SHOW -> "urgent";
			case CANCELLED -> "closed";
		};
	}

}
