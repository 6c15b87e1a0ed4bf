package org.traject.catalogue.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.catalogue.ModuleType;

/** A module a secretary adds to a programme. */
record ModuleForm(@NotNull(message = "{catalogue.form.moduleType.required}") @Nullable ModuleType type,
		@NotBlank(message = "{catalogue.form.moduleTitle.required}") @Size(max = 200, message = "{catalogue.form.tooLong}") String title,
		@NotNull(message = "{catalogue.form.days.required}") @DecimalMin(value = "0", message = "{catalogue.form.days.range}") @DecimalMax(value = "365", message = "{catalogue.form.days.range}") @Digits(integer = 3, fraction = 1, message = "{catalogue.form.days.digits}") @Nullable BigDecimal days,
		@Size(max = 5000, message = "{catalogue.form.tooLong}") String description, long version) {

	ModuleForm {
		title = title == null ? "" : title.strip();
		description = description == null ? "" : description;
	}

	static ModuleForm empty(long version) {
		return new ModuleForm(null, "", BigDecimal.ONE, "", version);
	}
}
