package org.traject.catalogue;

/**
 * Where participants work: childcare and early years, primary, secondary, vocational,
 * integrated child centre (0–13), or the whole 0–18 range.
 */
public enum Sector {

	CHILDCARE, PRIMARY, SECONDARY, VOCATIONAL, INTEGRATED_CHILD_CENTRE, WHOLE_RANGE

}
