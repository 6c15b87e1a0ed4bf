package org.traject.organisations;

/**
 * Where an organisation works: childcare and early years, primary, secondary, vocational
 * education, integrated child centres (0–13).
 */
public enum OrganisationSector {

	CHILDCARE, PRIMARY, SECONDARY, VOCATIONAL, INTEGRATED_CHILD_CENTRE

}
