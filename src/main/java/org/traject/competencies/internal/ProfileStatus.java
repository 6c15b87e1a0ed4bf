package org.traject.competencies.internal;

/**
 * A version is edited only while it is a draft; published and retired versions are frozen
 * (also in the database).
 */
public enum ProfileStatus {

	DRAFT, PUBLISHED, RETIRED

}
