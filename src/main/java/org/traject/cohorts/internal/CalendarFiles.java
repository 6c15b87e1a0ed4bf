package org.traject.cohorts.internal;

import java.net.URI;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;

import org.springframework.stereotype.Component;
import org.traject.cohorts.Cohorts;

/** Turns a cohort's sessions into an iCalendar file (RFC 5545) with ical4j. */
@Component
public class CalendarFiles {

	public byte[] cohortCalendar(String programmeTitle, Cohorts.CohortView cohort, URI programmePage) {
		var calendar = new Calendar().withProdId("-//Traject//Cohort calendar//EN").withDefaults().getFluentTarget();
		calendar.add(ImmutableMethod.PUBLISH);
		for (Cohorts.SessionView session : sessions(cohort)) {
			// UTC instants need no VTIMEZONE block; every calendar shows them in the
			// reader's own zone
			var event = new VEvent(session.startsAt(), session.endsAt(), programmeTitle + ": " + session.title());
			event.add(new Uid("traject-session-" + session.id() + "@traject"));
			String location = session.location() != null ? session.location() : cohort.location();
			if (location != null) {
				event.add(new Location(location));
			}
			event.add(new Url(programmePage));
			calendar.add(event);
		}
		try (var out = new java.io.ByteArrayOutputStream()) {
			new CalendarOutputter(false).output(calendar, out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Cohorts.SessionView> sessions(Cohorts.CohortView cohort) {
		return cohort.sessions();
	}

}
