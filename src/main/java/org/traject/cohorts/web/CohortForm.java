package org.traject.cohorts.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;

/**
 * The settings of a cohort as a secretary types them. Cross-field rules come from
 * {@link CohortSettings#problems()}.
 */
record CohortForm(
		@NotBlank(message = "{cohorts.form.code.required}") @Size(max = 80,
				message = "{cohorts.form.tooLong}") String code,
		@NotNull(message = "{cohorts.form.startDate.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,
		@NotNull(message = "{cohorts.form.endDate.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endDate,
		@Size(max = 200, message = "{cohorts.form.tooLong}") String location, @Nullable Boolean online,
		@NotBlank String timeZone,
		@NotNull(message = "{cohorts.form.capacity.required}") @Min(value = 1,
				message = "{cohorts.form.capacity.min}") @Max(value = 1000,
						message = "{cohorts.form.capacity.max}") @Nullable Integer capacity,
		@NotNull(message = "{cohorts.form.minimum.required}") @Min(value = 0,
				message = "{cohorts.form.minimum.min}") @Nullable Integer minParticipants,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate enrolmentOpens,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate enrolmentCloses,
		@NotNull @Nullable SeatRelease seatRelease,
		@NotNull(message = "{cohorts.form.offerHours.range}") @Min(value = 1,
				message = "{cohorts.form.offerHours.range}") @Max(value = 720,
						message = "{cohorts.form.offerHours.range}") @Nullable Integer offerHours,
		long version) {

	CohortForm {
		code = code == null ? "" : code;
		location = location == null ? "" : location;
		timeZone = timeZone == null || timeZone.isBlank() ? "Europe/Amsterdam" : timeZone;
	}

	static CohortForm empty(String timeZone) {
		return new CohortForm("", null, null, "", false, timeZone, 20, 8, null, null, SeatRelease.CONFIRM_NEXT, 48, 0);
	}

	static CohortForm of(Cohorts.CohortView c) {
		return new CohortForm(c.code(), c.startDate(), c.endDate(), c.location() == null ? "" : c.location(),
				c.online(), c.timeZone(), c.capacity(), c.minParticipants(), c.enrolmentOpens(), c.enrolmentCloses(),
				c.seatRelease(), c.offerHours(), c.version());
	}

	/** Only called once the field constraints hold. */
	CohortSettings toSettings() {
		return new CohortSettings(code, startDate, endDate, location.isBlank() ? null : location,
				Boolean.TRUE.equals(online), timeZone, capacity, minParticipants, enrolmentOpens, enrolmentCloses,
				seatRelease, offerHours);
	}
}
