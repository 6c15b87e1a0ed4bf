package org.traject.peers;

/**
 * Where a peer supporter leads: childcare and early years, primary, secondary,
 * vocational, special education, or an integrated child centre.
 */
public enum PeerSector {

	CHILDCARE, PRIMARY, SECONDARY, VOCATIONAL, SPECIAL, INTEGRATED_CHILD_CENTRE

}
