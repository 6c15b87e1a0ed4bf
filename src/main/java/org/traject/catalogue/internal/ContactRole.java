package org.traject.catalogue.internal;

import org.springframework.modulith.NamedInterface;

/** A named person to contact about a programme. */
@NamedInterface("authoring")
public enum ContactRole {

	CONSULTANT, COURSE_SECRETARY, PROGRAMME_LEADER

}
