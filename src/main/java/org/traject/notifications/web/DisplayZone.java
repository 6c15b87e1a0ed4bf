package org.traject.notifications.web;

import java.time.ZoneId;

/**
 * Times on the notification pages. Traject's providers are in the Netherlands and Denmark, which share one time
 * zone's rules, so administrators read delivery times in it.
 */
final class DisplayZone {

	static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private DisplayZone() {
	}
}
