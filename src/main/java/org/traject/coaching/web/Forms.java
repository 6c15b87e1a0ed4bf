package org.traject.coaching.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.coaching.MeetingMode;
import org.traject.coaching.internal.CoachProfiles;

/** The forms of the coaching pages. */
final class Forms {

	/** The languages a coach may say they coach in. */
	static final List<String> LANGUAGES = List.of("nl", "da", "en", "de", "fr");

	/** The time zones a coach's weekly slots and a participant's view may be in. */
	static final List<String> ZONES = List.of("Europe/Amsterdam", "Europe/Copenhagen", "Europe/Brussels",
			"Europe/Berlin", "Europe/London", "UTC");

	private Forms() {
	}

	/** What a coach writes on their profile. */
	record ProfileForm(@Size(max = 400, message = "{coaching.form.tooLong}") String specialties,
			@Nullable List<String> languages, @Size(max = 120, message = "{coaching.form.tooLong}") String region,
			@Size(max = 10000, message = "{coaching.form.tooLong}") String howIWork, @Nullable String timeZone,
			boolean published, @Nullable List<Long> programmeIds, @Nullable Long version) {

		ProfileForm {
			specialties = specialties == null ? "" : specialties;
			languages = languages == null ? List.of() : languages;
			region = region == null ? "" : region;
			howIWork = howIWork == null ? "" : howIWork;
			programmeIds = programmeIds == null ? List.of() : programmeIds;
		}

		static ProfileForm of(CoachProfiles.CoachProfile p) {
			return new ProfileForm(String.join(", ", p.specialties()), p.languages(),
					p.region() == null ? "" : p.region(), p.howIWork(), p.timeZone(), p.published(), p.programmeIds(),
					p.version());
		}

		List<String> specialtyList() {
			List<String> list = new ArrayList<>();
			Arrays.stream(specialties.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(s -> {
				if (list.stream().noneMatch(s::equalsIgnoreCase)) {
					list.add(s);
				}
			});
			return list;
		}
	}

	/** A weekly recurring slot. */
	record WeeklyForm(@NotNull(message = "{coaching.form.required}") @Nullable DayOfWeek day,
			@NotNull(message = "{coaching.form.required}") @Nullable LocalTime startTime,
			@NotNull(message = "{coaching.form.required}") @Min(value = 15, message = "{coaching.form.duration}") @Max(
					value = 240, message = "{coaching.form.duration}") @Nullable Integer durationMinutes,
			@NotNull(message = "{coaching.form.required}") @Nullable MeetingMode mode,
			@NotBlank(message = "{coaching.form.required}") @Size(max = 300,
					message = "{coaching.form.tooLong}") String place,
			@NotNull(message = "{coaching.form.required}") @Nullable LocalDate validFrom,
			@Nullable LocalDate validUntil) {

		WeeklyForm {
			place = place == null ? "" : place;
		}

		static WeeklyForm empty(LocalDate today) {
			return new WeeklyForm(null, null, 60, MeetingMode.ONLINE, "", today, null);
		}
	}

	/** A single slot, in the coach's zone. */
	record SingleForm(@NotNull(message = "{coaching.form.required}") @Nullable LocalDateTime singleStartsAt,
			@NotNull(message = "{coaching.form.required}") @Min(value = 15, message = "{coaching.form.duration}") @Max(
					value = 240, message = "{coaching.form.duration}") @Nullable Integer singleDuration,
			@NotNull(message = "{coaching.form.required}") @Nullable MeetingMode singleMode,
			@NotBlank(message = "{coaching.form.required}") @Size(max = 300,
					message = "{coaching.form.tooLong}") String singlePlace) {

		SingleForm {
			singlePlace = singlePlace == null ? "" : singlePlace;
		}

		static SingleForm empty() {
			return new SingleForm(null, 60, MeetingMode.ONLINE, "");
		}
	}

	/** A date the coach is not available. */
	record BlockedForm(@NotNull(message = "{coaching.form.required}") @Nullable LocalDate blockedDay) {
	}

	/** A slot to book (or move to) in a programme with a coach. */
	record BookForm(@NotNull(message = "{coaching.form.required}") @Nullable Long programmeId,
			@NotNull(message = "{coaching.form.required}") @Nullable Long coachId,
			@NotNull(message = "{coaching.book.chooseSlot}") @Nullable Instant startsAt) {
	}

	/** A secretary's booking for someone: who, by email address, and the slot. */
	record OnBehalfForm(
			@NotBlank(message = "{coaching.form.required}") @Size(max = 254,
					message = "{coaching.form.tooLong}") String email,
			@NotNull(message = "{coaching.form.required}") @Nullable Long programmeId,
			@NotNull(message = "{coaching.form.required}") @Nullable Long coachId,
			@NotNull(message = "{coaching.book.chooseSlot}") @Nullable Instant startsAt) {

		OnBehalfForm {
			email = email == null ? "" : email;
		}
	}

}
