package org.traject.coaching;

/**
 * How a coaching appointment takes place: on site at an address, or online with a meeting
 * link.
 */
public enum MeetingMode {

	ON_SITE, ONLINE

}
