package org.traject.catalogue.internal;

import org.springframework.modulith.NamedInterface;

/**
 * Where participants work: childcare and early years, primary, secondary, vocational,
 * integrated child centre (0–13), or the whole 0–18 range.
 */
@NamedInterface("authoring")
public enum Sector {

	CHILDCARE, PRIMARY, SECONDARY, VOCATIONAL, INTEGRATED_CHILD_CENTRE, WHOLE_RANGE

}
