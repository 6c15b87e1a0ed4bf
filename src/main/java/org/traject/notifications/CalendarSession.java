package org.traject.notifications;

import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/**
 * One dated meeting for a calendar file.
 *
 * @param uid stable identity of the meeting across files (e.g.
 * {@code session-42@traject}), so a calendar updates the entry it already has instead of
 * adding a second one
 */
public record CalendarSession(String uid, String title, ZonedDateTime start, ZonedDateTime end,
		@Nullable String location) {

	public CalendarSession {
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("A session ends after it starts: " + title);
		}
	}
}
