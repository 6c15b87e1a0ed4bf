package org.traject.materials.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A material as the secretary adds it: for the whole programme or only this cohort, a
 * link or a file (the file comes beside the form, so a garbled one never stops the rest
 * from binding), and for pre-work the day by which a file is to be handed in.
 */
record MaterialForm(
		@NotBlank(message = "{materials.form.title.required}") @Size(max = 200,
				message = "{materials.form.tooLong}") @Nullable String title,
		@Size(max = 300, message = "{materials.form.tooLong}") @Nullable String neededWhen,
		@Size(max = 2000, message = "{materials.form.tooLong}") @Pattern(regexp = "(https?://\\S+)?",
				message = "{materials.form.url.invalid}") @Nullable String url,
		@Nullable Boolean wholeProgramme, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate handInBy) {

	static MaterialForm empty() {
		return new MaterialForm("", "", "", false, null);
	}

	boolean forWholeProgramme() {
		return Boolean.TRUE.equals(wholeProgramme);
	}

	String neededWhenText() {
		return neededWhen == null ? "" : neededWhen;
	}

	@Nullable String link() {
		return url == null || url.isBlank() ? null : url;
	}

}
