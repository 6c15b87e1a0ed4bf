package org.traject.coaching.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.traject.coaching.MeetingMode;
import org.traject.coaching.internal.Availability;
import org.traject.coaching.internal.Entitlements;

/**
 * Free slots as a booking form offers them: grouped by day in the reader's time zone,
 * each with its coach's name.
 */
public record SlotChoices(String zone, List<Day> days) {

	/** The slots of one day. */
	public record Day(LocalDate date, List<Choice> choices) {
	}

	/** One slot to choose. */
	public record Choice(Instant startsAt, String value, String id, String coachName, MeetingMode mode, int minutes) {
	}

	static SlotChoices of(List<Availability.Slot> slots, Map<Long, String> coachNames, String zone) {
		ZoneId zoneId = ZoneId.of(zone);
		Map<LocalDate, List<Choice>> byDay = new LinkedHashMap<>();
		for (var slot : slots) {
			byDay.computeIfAbsent(slot.startsAt().atZone(zoneId).toLocalDate(), d -> new ArrayList<>())
				.add(new Choice(slot.startsAt(), slot.startsAt().toString(),
						"slot-" + slot.coachId() + "-" + slot.startsAt().getEpochSecond(),
						coachNames.getOrDefault(slot.coachId(), ""), slot.mode(),
						(int) java.time.Duration.between(slot.startsAt(), slot.endsAt()).toMinutes()));
		}
		return new SlotChoices(zone, byDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList());
	}

	public boolean isEmpty() {
		return days.isEmpty();
	}

	/**
	 * The time zone of the participant's entitlement in the programme (its cohort's),
	 * else the fallback.
	 */
	static String zoneOf(List<Entitlements.Entitlement> mine, long programmeId, String fallback) {
		return mine.stream()
			.filter(e -> e.programmeId() == programmeId)
			.map(Entitlements.Entitlement::timeZone)
			.findFirst()
			.orElse(fallback);
	}

	/** The zone asked for when it is one offered, else the fallback. */
	static String zone(@Nullable String asked, String fallback) {
		return asked != null && Forms.ZONES.contains(asked) ? asked : fallback;
	}

}
