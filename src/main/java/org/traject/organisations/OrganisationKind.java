package org.traject.organisations;

/** What kind of organisation sends participants or buys a track. */
public enum OrganisationKind {

	/** A school board (schoolbestuur), possibly with childcare too. */
	SCHOOL_BOARD,
	/** One school or integrated child centre. */
	SCHOOL,
	/** A municipality (gemeente, kommune), e.g. its children and youth department. */
	MUNICIPALITY,
	/** A childcare organisation (kinderopvang, dagtilbud). */
	CHILDCARE,
	/**
	 * A partnership of schools and boards with a teacher-training institute
	 * (samenwerkingsverband, partnerskab).
	 */
	PARTNERSHIP,
	/** Anything else. */
	OTHER

}
