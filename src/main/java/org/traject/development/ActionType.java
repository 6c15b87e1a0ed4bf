package org.traject.development;

/** What kind of step an action in a plan is. */
public enum ActionType {

	PROGRAMME_MODULE, COACHING_SESSION, INTERNSHIP, LEADERSHIP_ASSIGNMENT, READING, NETWORK_MEETING, OTHER

}
