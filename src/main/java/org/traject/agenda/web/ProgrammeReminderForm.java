package org.traject.agenda.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.agenda.internal.ReminderSettings;

/** A programme's reminder before each session, as the secretary enters it. */
record ProgrammeReminderForm(
		@NotNull(message = "{agenda.programme.days.required}") @Min(value = 0,
				message = "{agenda.programme.days.range}") @Max(value = 30,
						message = "{agenda.programme.days.range}") @Nullable Integer daysBefore,
		@Size(max = 2000, message = "{agenda.programme.preparation.size}") @Nullable String preparation, long version) {

	static ProgrammeReminderForm of(ReminderSettings.ProgrammeReminder reminder) {
		return new ProgrammeReminderForm(reminder.daysBefore(), reminder.preparation(), reminder.version());
	}

	String preparationText() {
		return preparation == null ? "" : preparation;
	}
}
