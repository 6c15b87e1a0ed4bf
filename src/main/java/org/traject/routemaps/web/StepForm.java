package org.traject.routemaps.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.routemaps.Texts;
import org.traject.routemaps.internal.RouteMapEditing.StepTexts;
import org.traject.routemaps.internal.RouteMapVersion;

/** A step's title and purpose: Dutch required, Danish and English optional. */
record StepForm(
		@NotBlank(message = "{routemaps.field.required}") @Size(max = 200,
				message = "{routemaps.field.tooLong}") @Nullable String titleNl,
		@Size(max = 200, message = "{routemaps.field.tooLong}") @Nullable String titleDa,
		@Size(max = 200, message = "{routemaps.field.tooLong}") @Nullable String titleEn,
		@Size(max = 4000, message = "{routemaps.field.tooLong}") @Nullable String purposeNl,
		@Size(max = 4000, message = "{routemaps.field.tooLong}") @Nullable String purposeDa,
		@Size(max = 4000, message = "{routemaps.field.tooLong}") @Nullable String purposeEn) {

	static StepForm empty() {
		return new StepForm("", "", "", "", "", "");
	}

	static StepForm of(RouteMapVersion.Step s) {
		var purpose = s.purpose();
		return new StepForm(s.title().nl(), s.title().da(), s.title().en(), purpose == null ? null : purpose.nl(),
				purpose == null ? null : purpose.da(), purpose == null ? null : purpose.en());
	}

	StepTexts texts() {
		return new StepTexts(Texts.of(titleNl == null ? "" : titleNl.strip(), titleDa, titleEn),
				Texts.optional(purposeNl, purposeDa, purposeEn));
	}

}
