package org.traject.catalogue.internal;

import org.springframework.modulith.NamedInterface;

/** The stage of a leader's career a programme serves (oriëntatie, inwerken, ervaren). */
@NamedInterface("authoring")
public enum CareerPhase {

	ORIENTATION, INDUCTION, ESTABLISHED

}
