package org.traject.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * Builds an iCalendar ({@code .ics}) file from sessions, to attach to an email. Times are
 * written in UTC, which every calendar converts to its reader's zone, so the file needs
 * no time-zone definitions.
 */
public final class CalendarFile {

	public static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

	public static final String CANCEL_CONTENT_TYPE = "text/calendar; charset=UTF-8; method=CANCEL";

	private static final String PRODUCT_ID = "-//Traject//Traject notifications//EN";

	private CalendarFile() {
	}

	/**
	 * The calendar as an attachment named {@code fileName} (give it the {@code .ics}
	 * extension).
	 */
	public static Attachment attachment(String fileName, List<CalendarSession> sessions) {
		return new Attachment(fileName, CONTENT_TYPE, text(sessions).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A calendar file that takes sessions out of the reader's calendar: the same UIDs as
	 * the files that put them in ({@code METHOD:CANCEL}, {@code STATUS:CANCELLED} and a
	 * higher {@code SEQUENCE}), so the calendar removes or strikes the entry it has
	 * instead of adding one.
	 */
	public static Attachment cancellation(String fileName, List<CalendarSession> sessions) {
		return new Attachment(fileName, CANCEL_CONTENT_TYPE,
				text(sessions, ImmutableMethod.CANCEL).getBytes(StandardCharsets.UTF_8));
	}

	/** The calendar as iCalendar text (RFC 5545). */
	public static String text(List<CalendarSession> sessions) {
		return text(sessions, ImmutableMethod.PUBLISH);
	}

	private static String text(List<CalendarSession> sessions, Method method) {
		if (sessions.isEmpty()) {
			throw new IllegalArgumentException("A calendar file needs at least one session");
		}
		boolean cancel = method.equals(ImmutableMethod.CANCEL);
		var calendar = new Calendar().withProdId(PRODUCT_ID).withDefaults().withProperty(method);
		Instant stamp = Instant.now();
		for (CalendarSession session : sessions) {
			var event = new VEvent(session.start().toInstant(), session.end().toInstant(), session.title());
			event.add(new Uid(session.uid()));
			event.replace(new DtStamp(stamp));
			if (session.location() != null && !session.location().isBlank()) {
				event.add(new Location(session.location()));
			}
			if (cancel) {
				// a published entry has SEQUENCE 0; the cancellation must be newer
				event.add(new Sequence(1));
				event.add(ImmutableStatus.VEVENT_CANCELLED);
			}
			calendar.withComponent(event);
		}
		return calendar.getFluentTarget().toString();
	}

}
