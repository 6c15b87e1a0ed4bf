package org.traject.delivery;

/** What happened to one participant at one session. */
public enum AttendanceStatus {

	PRESENT, ABSENT, EXCUSED

}
