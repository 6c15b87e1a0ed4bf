package org.traject.catalogue;

/** A named person to contact about a programme. */
public enum ContactRole {

	CONSULTANT, COURSE_SECRETARY, PROGRAMME_LEADER

}
