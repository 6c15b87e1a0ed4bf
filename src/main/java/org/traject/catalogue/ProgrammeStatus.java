package org.traject.catalogue;

/** Only published programmes are public. */
public enum ProgrammeStatus {

	DRAFT, PUBLISHED, ARCHIVED

}
