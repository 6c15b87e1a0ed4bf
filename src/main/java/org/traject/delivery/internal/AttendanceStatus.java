package org.traject.delivery.internal;

/** What happened to one participant at one session. */
public enum AttendanceStatus {

	PRESENT, ABSENT, EXCUSED

}
