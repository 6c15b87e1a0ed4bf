package org.traject.development.internal;

/** Who gives feedback on a measurement. */
public enum Relation {

	MANAGER, PEER

}
