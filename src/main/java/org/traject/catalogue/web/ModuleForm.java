package org.traject.catalogue.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.catalogue.ModuleType;

/** A module a secretary adds to a programme. */
record ModuleForm(@NotNull(message = "{catalogue.form.moduleType.required}") @Nullable ModuleType moduleType,
		@NotBlank(message = "{catalogue.form.moduleTitle.required}") @Size(max = 200,
				message = "{catalogue.form.tooLong}") String moduleTitle,
		@NotBlank(message = "{catalogue.form.days.required}") @Pattern(regexp = "^$|^\\d{1,3}([.,]\\d)?$",
				message = "{catalogue.form.days.digits}") String moduleDays,
		@Size(max = 5000, message = "{catalogue.form.tooLong}") String moduleDescription) {

	ModuleForm {
		moduleTitle = moduleTitle == null ? "" : moduleTitle;
		moduleDescription = moduleDescription == null ? "" : moduleDescription;
		moduleDays = moduleDays == null ? "" : moduleDays;
	}

	BigDecimal dayCount() {
		return ProgrammeForm.decimal(moduleDays);
	}

	static ModuleForm empty() {
		return new ModuleForm(null, "", "1", "");
	}
}
