package org.traject.web;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The provider's time zone ({@code traject.time-zone}, env {@code TRAJECT_TIME_ZONE},
 * default Europe/Amsterdam): the zone of dates and times that belong to no cohort (a
 * cohort has its own zone). Templates reach it as {@code ${@providerTimeZone.id}}.
 */
@Component("providerTimeZone")
public class ProviderTimeZone {

	private final ZoneId zone;

	public ProviderTimeZone(@Value("${traject.time-zone:Europe/Amsterdam}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public ZoneId zone() {
		return zone;
	}

	/** The zone's id ("Europe/Amsterdam"), as templates and cohort settings take it. */
	public String id() {
		return zone.getId();
	}

	/** Today's date in the provider's zone. */
	public LocalDate today() {
		return LocalDate.now(zone);
	}

}
