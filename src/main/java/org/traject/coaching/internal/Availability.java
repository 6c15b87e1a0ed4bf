package org.traject.coaching.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.coaching.MeetingMode;

/**
 * What coaches offer: weekly recurring slots, single slots and blocked dates; and from
 * those, the free slots in a period (offered, not blocked, not held by an appointment).
 */
@Component
public class Availability {

	private final JdbcClient jdbc;

	private final CoachProfiles profiles;

	Availability(JdbcClient jdbc, CoachProfiles profiles) {
		this.jdbc = jdbc;
		this.profiles = profiles;
	}

	/** One weekly or single slot as the coach published it. */
	public record Offer(long id, boolean weekly, @Nullable DayOfWeek day, @Nullable LocalTime startTime,
			@Nullable LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable Instant startsAt,
			int durationMinutes, MeetingMode mode, String place) {
	}

	/** A bookable time of a coach. */
	public record Slot(long coachId, Instant startsAt, Instant endsAt, MeetingMode mode, String place) {
	}

	/** A weekly slot: weekday, time (in the coach's zone), from a date, until a date. */
	public record Weekly(DayOfWeek day, LocalTime startTime, LocalDate validFrom, @Nullable LocalDate validUntil,
			int durationMinutes, MeetingMode mode, String place) {
	}

	@Transactional(readOnly = true)
	public List<Offer> offers(long coachId) {
		return jdbc
			.sql("""
					select id, kind, day_of_week, start_time, valid_from, valid_until, starts_at, duration_minutes, mode, place
					from coach_availability where coach_person_id = :coach
					order by kind desc, day_of_week, start_time, starts_at""")
			.param("coach", coachId)
			.query((rs, n) -> {
				boolean weekly = rs.getString("kind").equals("WEEKLY");
				int day = rs.getInt("day_of_week");
				return new Offer(rs.getLong("id"), weekly, weekly ? DayOfWeek.of(day) : null,
						rs.getObject("start_time", LocalTime.class), rs.getObject("valid_from", LocalDate.class),
						rs.getObject("valid_until", LocalDate.class),
						weekly ? null : rs.getObject("starts_at", java.time.OffsetDateTime.class).toInstant(),
						rs.getInt("duration_minutes"), MeetingMode.valueOf(rs.getString("mode")),
						rs.getString("place"));
			})
			.list();
	}

	@Transactional(readOnly = true)
	public List<LocalDate> blockedDates(long coachId) {
		return jdbc.sql("select day from coach_blocked_date where coach_person_id = :coach order by day")
			.param("coach", coachId)
			.query(LocalDate.class)
			.list();
	}

	@Transactional
	public long addWeekly(long coachId, Weekly weekly) {
		requireProfile(coachId);
		if (weekly.validUntil() != null && weekly.validUntil().isBefore(weekly.validFrom())) {
			throw new CoachingRefusal("validUntil", "coaching.availability.untilBeforeFrom");
		}
		return jdbc.sql("""
				insert into coach_availability (coach_person_id, kind, day_of_week, start_time, valid_from, valid_until,
				                                duration_minutes, mode, place, created_at)
				values (:coach, 'WEEKLY', :day, :time, :from, :until, :minutes, :mode, :place, now()) returning id""")
			.param("coach", coachId)
			.param("day", weekly.day().getValue())
			.param("time", weekly.startTime())
			.param("from", weekly.validFrom())
			.param("until", weekly.validUntil())
			.param("minutes", weekly.durationMinutes())
			.param("mode", weekly.mode().name())
			.param("place", weekly.place())
			.query(Long.class)
			.single();
	}

	@Transactional
	public long addSingle(long coachId, Instant startsAt, int durationMinutes, MeetingMode mode, String place) {
		requireProfile(coachId);
		if (!startsAt.isAfter(Instant.now())) {
			throw new CoachingRefusal("singleStartsAt", "coaching.availability.inThePast");
		}
		return jdbc
			.sql("""
					insert into coach_availability (coach_person_id, kind, starts_at, duration_minutes, mode, place, created_at)
					values (:coach, 'SINGLE', :start, :minutes, :mode, :place, now()) returning id""")
			.param("coach", coachId)
			.param("start", java.sql.Timestamp.from(startsAt))
			.param("minutes", durationMinutes)
			.param("mode", mode.name())
			.param("place", place)
			.query(Long.class)
			.single();
	}

	/** Removes one of the coach's slots; appointments already booked in it stay. */
	@Transactional
	public void remove(long coachId, long offerId) {
		if (jdbc.sql("delete from coach_availability where id = :id and coach_person_id = :coach")
			.param("id", offerId)
			.param("coach", coachId)
			.update() == 0) {
			throw new NoSuchElementException("No slot " + offerId + " of coach " + coachId);
		}
	}

	@Transactional
	public void block(long coachId, LocalDate day) {
		requireProfile(coachId);
		jdbc.sql("insert into coach_blocked_date (coach_person_id, day) values (:coach, :day) on conflict do nothing")
			.param("coach", coachId)
			.param("day", day)
			.update();
	}

	@Transactional
	public void unblock(long coachId, LocalDate day) {
		jdbc.sql("delete from coach_blocked_date where coach_person_id = :coach and day = :day")
			.param("coach", coachId)
			.param("day", day)
			.update();
	}

	/**
	 * The free slots of the coaches starting from {@code from} and before {@code until},
	 * earliest first, in four statements whatever the number of coaches: their weekly
	 * slots repeated over the period in each coach's zone, their single slots, minus
	 * blocked dates and slots that overlap an appointment (a coach is in one conversation
	 * at a time, so a 10:30 slot is gone once the 10:00 hour is booked).
	 */
	@Transactional(readOnly = true)
	public List<Slot> free(Collection<Long> coachIds, Instant from, Instant until) {
		return free(coachIds, from, until, null);
	}

	/**
	 * As {@link #free(Collection, Instant, Instant)}, but ignoring one appointment: the
	 * one being moved, whose own time does not keep it from a slot that overlaps it.
	 */
	@Transactional(readOnly = true)
	public List<Slot> free(Collection<Long> coachIds, Instant from, Instant until, @Nullable Long ignoring) {
		if (coachIds.isEmpty()) {
			return List.of();
		}
		Long[] ids = coachIds.toArray(Long[]::new);
		var zones = profiles.zones(coachIds);
		Set<String> blocked = new HashSet<>();
		jdbc.sql("select coach_person_id, day from coach_blocked_date where coach_person_id = any(:ids)")
			.param("ids", ids)
			.query((java.sql.ResultSet rs) -> {
				blocked.add(rs.getLong(1) + "@" + rs.getObject(2, LocalDate.class));
			});
		Map<Long, List<Instant[]>> busy = new HashMap<>();
		jdbc.sql("""
				select coach_person_id, starts_at, ends_at from coaching_appointment
				where coach_person_id = any(:ids) and status <> 'CANCELLED' and id <> :ignoring
				  and ends_at > :from and starts_at < :until""")
			.param("ids", ids)
			.param("ignoring", ignoring == null ? -1L : ignoring)
			.param("from", java.sql.Timestamp.from(from))
			// a slot that starts just before the end of the period can reach into an
			// appointment after it
			.param("until", java.sql.Timestamp.from(until.plus(1, ChronoUnit.DAYS)))
			.query((java.sql.ResultSet rs) -> {
				busy.computeIfAbsent(rs.getLong(1), c -> new ArrayList<>())
					.add(new Instant[] { rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
							rs.getObject(3, java.time.OffsetDateTime.class).toInstant() });
			});
		List<Slot> slots = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		jdbc.sql("""
				select coach_person_id, kind, day_of_week, start_time, valid_from, valid_until, starts_at,
				       duration_minutes, mode, place
				from coach_availability where coach_person_id = any(:ids)
				  and (kind = 'WEEKLY' or (starts_at >= :from and starts_at < :until))""")
			.param("ids", ids)
			.param("from", java.sql.Timestamp.from(from))
			.param("until", java.sql.Timestamp.from(until))
			.query((java.sql.ResultSet rs) -> {
				long coach = rs.getLong("coach_person_id");
				ZoneId zone = ZoneId.of(zones.getOrDefault(coach, "UTC"));
				int minutes = rs.getInt("duration_minutes");
				var mode = MeetingMode.valueOf(rs.getString("mode"));
				String place = rs.getString("place");
				List<Instant> starts = new ArrayList<>();
				if (rs.getString("kind").equals("SINGLE")) {
					starts.add(rs.getObject("starts_at", java.time.OffsetDateTime.class).toInstant());
				}
				else {
					var day = DayOfWeek.of(rs.getInt("day_of_week"));
					var time = rs.getObject("start_time", LocalTime.class);
					var validFrom = rs.getObject("valid_from", LocalDate.class);
					var validUntil = rs.getObject("valid_until", LocalDate.class);
					LocalDate first = from.atZone(zone).toLocalDate();
					LocalDate last = until.atZone(zone).toLocalDate();
					for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
						if (date.getDayOfWeek() == day && !date.isBefore(validFrom)
								&& (validUntil == null || !date.isAfter(validUntil))) {
							starts.add(ZonedDateTime.of(date, time, zone).toInstant());
						}
					}
				}
				for (Instant start : starts) {
					String key = coach + "@" + start;
					String dayKey = coach + "@" + start.atZone(zone).toLocalDate();
					Instant end = start.plusSeconds(60L * minutes);
					if (!start.isBefore(from) && start.isBefore(until) && !blocked.contains(dayKey)
							&& !overlaps(busy.getOrDefault(coach, List.of()), start, end) && seen.add(key)) {
						slots.add(new Slot(coach, start, end, mode, place));
					}
				}
			});
		slots.sort(Comparator.comparing(Slot::startsAt).thenComparing(Slot::coachId));
		return slots;
	}

	/** Half-open, as the database's constraint: one ending at 11:00 leaves 11:00 free. */
	private static boolean overlaps(List<Instant[]> appointments, Instant start, Instant end) {
		return appointments.stream().anyMatch(a -> a[0].isBefore(end) && start.isBefore(a[1]));
	}

	private void requireProfile(long coachId) {
		if (!profiles.exists(coachId)) {
			throw new CoachingRefusal(null, "coaching.availability.profileFirst");
		}
	}

}
