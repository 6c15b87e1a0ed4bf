package org.traject.catalogue;

/** The stage of a leader's career a programme serves (oriëntatie, inwerken, ervaren). */
public enum CareerPhase {

	ORIENTATION, INDUCTION, ESTABLISHED

}
