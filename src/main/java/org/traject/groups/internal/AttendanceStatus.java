package org.traject.groups.internal;

/**
 * What happened to one member at one group meeting: the same three marks as at a cohort's
 * sessions.
 */
public enum AttendanceStatus {

	PRESENT, ABSENT, EXCUSED

}
