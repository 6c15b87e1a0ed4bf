package org.traject.coaching.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.web.IncomingText;
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

	/**
	 * The form to show again. When a value of the wrong type kept Spring from building
	 * the form, its binding result has no object, and a page reading its fields would
	 * fail: then a blank form takes its place, with every error kept (each field with
	 * what was typed).
	 */
	static <T> T rescue(org.springframework.validation.BindingResult errors, @Nullable T form, T blank,
			org.springframework.ui.Model model) {
		if (errors.getTarget() != null && form != null) {
			return form;
		}
		var replaced = new org.springframework.validation.BeanPropertyBindingResult(blank, errors.getObjectName());
		errors.getAllErrors().forEach(replaced::addError);
		model.addAttribute(errors.getObjectName(), blank);
		model.addAttribute(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(),
				replaced);
		return blank;
	}

	/** The binding result the page shows: the rescued one after {@link #rescue}. */
	static org.springframework.validation.BindingResult errors(org.springframework.validation.BindingResult errors,
			org.springframework.ui.Model model) {
		return model.getAttribute(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX
				+ errors.getObjectName()) instanceof org.springframework.validation.BindingResult shown ? shown
						: errors;
	}

	/** A slot's start as a form sends it back (ISO-8601), or empty when it is not one. */
	static java.util.Optional<Instant> instant(@Nullable String text) {
		try {
			return java.util.Optional.of(Instant.parse(String.valueOf(text).strip()));
		}
		catch (java.time.format.DateTimeParseException notATime) {
			return java.util.Optional.empty();
		}
	}

	/** What a coach writes on their profile. */
	record ProfileForm(@Size(max = 400, message = "{coaching.form.tooLong}") String specialties,
			@Nullable List<String> languages, @Size(max = 120, message = "{coaching.form.tooLong}") String region,
			@Size(max = 10000, message = "{coaching.form.tooLong}") String howIWork, @Nullable String timeZone,
			@Nullable Boolean published, @Nullable List<String> programmeIds, @Nullable Long version) {

		ProfileForm {
			specialties = specialties == null ? "" : specialties;
			languages = languages == null ? List.of() : languages;
			region = region == null ? "" : region;
			howIWork = howIWork == null ? "" : howIWork;
			programmeIds = programmeIds == null ? List.of() : programmeIds;
			published = published != null && published;
		}

		static ProfileForm of(CoachProfiles.CoachProfile p) {
			return new ProfileForm(String.join(", ", p.specialties()), p.languages(),
					p.region() == null ? "" : p.region(), p.howIWork(), p.timeZone(), p.published(),
					p.programmeIds().stream().map(String::valueOf).toList(), p.version());
		}

		/** The chosen programmes' ids; empty when one is not a number. */
		java.util.Optional<List<Long>> programmeIdList() {
			try {
				return java.util.Optional.of(programmeIds.stream().map(String::strip).map(Long::valueOf).toList());
			}
			catch (NumberFormatException notANumber) {
				return java.util.Optional.empty();
			}
		}

		List<String> specialtyList() {
			return IncomingText.commaList(specialties);
		}
	}

	/** A weekly recurring slot. */
	record WeeklyForm(@NotNull(message = "{coaching.form.required}") @Nullable DayOfWeek day,
			@NotNull(message = "{coaching.form.required}") @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.TIME) @Nullable LocalTime startTime,
			@NotNull(message = "{coaching.form.required}") @Min(value = 15, message = "{coaching.form.duration}") @Max(
					value = 240, message = "{coaching.form.duration}") @Nullable Integer durationMinutes,
			@NotNull(message = "{coaching.form.required}") @Nullable MeetingMode mode,
			@NotBlank(message = "{coaching.form.required}") @Size(max = 300,
					message = "{coaching.form.tooLong}") String place,
			@NotNull(message = "{coaching.form.required}") @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
			@org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) @Nullable LocalDate validUntil) {

		WeeklyForm {
			place = place == null ? "" : place;
		}

		static WeeklyForm empty(LocalDate today) {
			return new WeeklyForm(null, null, 60, MeetingMode.ONLINE, "", today, null);
		}
	}

	/** A single slot, in the coach's zone. */
	record SingleForm(@NotBlank(message = "{coaching.form.required}") @Nullable String singleStartsAt,
			@NotNull(message = "{coaching.form.required}") @Min(value = 15, message = "{coaching.form.duration}") @Max(
					value = 240, message = "{coaching.form.duration}") @Nullable Integer singleDuration,
			@NotNull(message = "{coaching.form.required}") @Nullable MeetingMode singleMode,
			@NotBlank(message = "{coaching.form.required}") @Size(max = 300,
					message = "{coaching.form.tooLong}") String singlePlace) {

		SingleForm {
			singlePlace = singlePlace == null ? "" : singlePlace;
		}

		/** The start as typed in a date-and-time field, or empty when it is not one. */
		java.util.Optional<LocalDateTime> start() {
			try {
				return java.util.Optional.of(LocalDateTime.parse(String.valueOf(singleStartsAt).strip()));
			}
			catch (java.time.format.DateTimeParseException notATime) {
				return java.util.Optional.empty();
			}
		}

		static SingleForm empty() {
			return new SingleForm(null, 60, MeetingMode.ONLINE, "");
		}
	}

	/** A date the coach is not available. */
	record BlockedForm(
			@NotNull(message = "{coaching.form.required}") @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) @Nullable LocalDate blockedDay) {
	}

	/** A slot to book (or move to) in a programme with a coach. */
	record BookForm(@NotNull(message = "{coaching.form.required}") @Nullable Long programmeId,
			@NotNull(message = "{coaching.form.required}") @Nullable Long coachId,
			@NotBlank(message = "{coaching.book.chooseSlot}") @Nullable String startsAt) {

		java.util.Optional<Instant> start() {
			return Forms.instant(startsAt);
		}
	}

	/** A secretary's booking for someone: who, by email address, and the slot. */
	record OnBehalfForm(
			@NotBlank(message = "{coaching.form.required}") @Size(max = 254,
					message = "{coaching.form.tooLong}") String email,
			@NotNull(message = "{coaching.form.required}") @Nullable Long programmeId,
			@NotNull(message = "{coaching.form.required}") @Nullable Long coachId,
			@NotBlank(message = "{coaching.book.chooseSlot}") @Nullable String startsAt) {

		java.util.Optional<Instant> start() {
			return Forms.instant(startsAt);
		}

		OnBehalfForm {
			email = email == null ? "" : email;
		}
	}

}
