package org.traject.delivery.internal;

/**
 * What a completion rule's minimum attendance counts: sessions, or days (a session weighs
 * as many days as it lasts).
 */
public enum AttendanceBasis {

	SESSIONS, DAYS

}
