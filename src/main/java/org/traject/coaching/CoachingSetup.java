package org.traject.coaching;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.coaching.internal.Appointments;
import org.traject.coaching.internal.Availability;
import org.traject.coaching.internal.CoachProfiles;
import org.traject.coaching.internal.Entitlements;
import org.traject.people.Actor;

/**
 * The coaching module's facade for callers without a page (the demo data, an import): a
 * coach's profile and availability as the coach enters them, and an appointment booked as
 * a participant books it. Each goes through the same service and rules as the pages.
 */
@Service
public class CoachingSetup {

	private final CoachProfiles profiles;

	private final Availability availability;

	private final Entitlements entitlements;

	private final Appointments appointments;

	CoachingSetup(CoachProfiles profiles, Availability availability, Entitlements entitlements,
			Appointments appointments) {
		this.profiles = profiles;
		this.availability = availability;
		this.entitlements = entitlements;
		this.appointments = appointments;
	}

	/** Whether the coach has a profile (published or not). */
	@Transactional(readOnly = true)
	public boolean hasProfile(long coachId) {
		return profiles.exists(coachId);
	}

	/** Writes the profile of a coach who has none yet. */
	@Transactional
	public void createProfile(long coachId, Profile profile) {
		profiles.save(coachId,
				new CoachProfiles.ProfileChange(profile.specialties(), profile.languages(), profile.region(),
						profile.howIWork(), profile.timeZone(), profile.published(), profile.programmeIds(), 0));
	}

	/**
	 * A coach's profile: specialties, languages, region, how they work (Markdown), their
	 * time zone, whether it is public, the programmes they serve.
	 */
	public record Profile(List<String> specialties, List<String> languages, @Nullable String region, String howIWork,
			String timeZone, boolean published, List<Long> programmeIds) {
	}

	/**
	 * A slot every week: weekday, time (in the coach's zone), from a date, until a date
	 * or for good.
	 */
	@Transactional
	public long addWeekly(long coachId, DayOfWeek day, LocalTime startTime, LocalDate validFrom, int durationMinutes,
			MeetingMode mode, String place) {
		return availability.addWeekly(coachId,
				new Availability.Weekly(day, startTime, validFrom, null, durationMinutes, mode, place));
	}

	/** One slot at a given time. */
	@Transactional
	public long addSingle(long coachId, Instant startsAt, int durationMinutes, MeetingMode mode, String place) {
		return availability.addSingle(coachId, startsAt, durationMinutes, mode, place);
	}

	/** A day the coach is not available. */
	@Transactional
	public void block(long coachId, LocalDate day) {
		availability.block(coachId, day);
	}

	/** How many appointments the participant may still book in the programme. */
	@Transactional(readOnly = true)
	public int appointmentsLeft(long participantId, long programmeId) {
		return entitlements.of(participantId)
			.stream()
			.filter(e -> e.programmeId() == programmeId)
			.mapToInt(Entitlements.Entitlement::left)
			.sum();
	}

	/**
	 * The start times of the coach's free slots for the programme, as the booking page
	 * offers them.
	 */
	@Transactional(readOnly = true)
	public List<Instant> freeSlots(long programmeId, long coachId) {
		return appointments.freeSlots(programmeId, coachId).stream().map(Availability.Slot::startsAt).toList();
	}

	/**
	 * Books a free slot for the participant, as they book it themselves; returns the
	 * appointment's id.
	 */
	@Transactional
	public long book(Actor actor, long participantId, long programmeId, long coachId, Instant startsAt) {
		return appointments.book(actor, participantId, programmeId, coachId, startsAt);
	}

}
