package org.traject.catalogue.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.catalogue.ModuleType;

/** A module a secretary adds to a programme. */
record ModuleForm(@NotNull(message = "{catalogue.form.moduleType.required}") @Nullable ModuleType type,
		@NotBlank(message = "{catalogue.form.moduleTitle.required}") @Size(max = 200, message = "{catalogue.form.tooLong}") String title,
		@NotBlank(message = "{catalogue.form.days.required}") @Pattern(regexp = "^$|^\\d{1,3}([.,]\\d)?$", message = "{catalogue.form.days.digits}") String days,
		@Size(max = 5000, message = "{catalogue.form.tooLong}") String description, long version) {

	ModuleForm {
		title = title == null ? "" : title.strip();
		description = description == null ? "" : description;
		days = days == null ? "" : days.strip();
	}

	BigDecimal dayCount() {
		return ProgrammeForm.decimal(days);
	}

	static ModuleForm empty(long version) {
		return new ModuleForm(null, "", "1", "", version);
	}
}
