package org.traject.development;

/** Who gives feedback on a measurement. */
public enum Relation {

	MANAGER, PEER

}
