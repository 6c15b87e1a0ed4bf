package org.traject.catalogue;

/**
 * Where a completion counts: the Dutch school leaders' register, an ECTS-bearing diploma
 * module, or another register.
 */
public enum AccreditationRegister {

	SCHOOL_LEADERS_REGISTER, DIPLOMA_ECTS, OTHER

}
