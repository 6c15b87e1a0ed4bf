package org.traject.agenda.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.agenda.internal.ReminderSettings;

/**
 * A programme's reminder before each session, as the secretary enters it. The days are
 * text until checked, so that whatever was typed comes back in the field.
 */
record ProgrammeReminderForm(
		@NotBlank(message = "{agenda.programme.days.required}") @Pattern(regexp = "[0-9]|[12][0-9]|30",
				message = "{agenda.programme.days.range}") @Nullable String daysBefore,
		@Size(max = 2000, message = "{agenda.programme.preparation.size}") @Nullable String preparation, long version) {

	static ProgrammeReminderForm of(ReminderSettings.ProgrammeReminder reminder) {
		return new ProgrammeReminderForm(Integer.toString(reminder.daysBefore()), reminder.preparation(),
				reminder.version());
	}

	/** The days, once the form is valid. */
	int days() {
		return daysBefore == null ? ReminderSettings.DEFAULT_DAYS : Integer.parseInt(daysBefore);
	}

	String preparationText() {
		return preparation == null ? "" : preparation;
	}
}
