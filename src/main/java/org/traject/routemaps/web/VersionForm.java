package org.traject.routemaps.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.routemaps.Texts;
import org.traject.routemaps.internal.RouteMapEditing.VersionTexts;
import org.traject.routemaps.internal.RouteMapVersion;

/** A route map's name and introduction: Dutch required, Danish and English optional. */
record VersionForm(
		@NotBlank(message = "{routemaps.field.required}") @Size(max = 200,
				message = "{routemaps.field.tooLong}") @Nullable String nameNl,
		@Size(max = 200, message = "{routemaps.field.tooLong}") @Nullable String nameDa,
		@Size(max = 200, message = "{routemaps.field.tooLong}") @Nullable String nameEn,
		@Size(max = 4000, message = "{routemaps.field.tooLong}") @Nullable String introNl,
		@Size(max = 4000, message = "{routemaps.field.tooLong}") @Nullable String introDa,
		@Size(max = 4000, message = "{routemaps.field.tooLong}") @Nullable String introEn) {

	static VersionForm empty() {
		return new VersionForm("", "", "", "", "", "");
	}

	static VersionForm of(RouteMapVersion v) {
		var intro = v.intro();
		return new VersionForm(v.name().nl(), v.name().da(), v.name().en(), intro == null ? null : intro.nl(),
				intro == null ? null : intro.da(), intro == null ? null : intro.en());
	}

	VersionTexts texts() {
		return new VersionTexts(Texts.of(nameNl == null ? "" : nameNl.strip(), nameDa, nameEn),
				Texts.optional(introNl, introDa, introEn));
	}

}
