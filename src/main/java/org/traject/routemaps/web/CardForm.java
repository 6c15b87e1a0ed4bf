package org.traject.routemaps.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.routemaps.Enums.Audience;
import org.traject.routemaps.Texts;
import org.traject.routemaps.internal.RouteMapEditing.CardTexts;
import org.traject.routemaps.internal.RouteMapVersion;

/**
 * A conversation card: for whom, a title, questions and points of attention (one per
 * line); Dutch required, Danish and English optional.
 */
record CardForm(@NotNull(message = "{routemaps.field.required}") @Nullable Audience audience,
		@NotBlank(message = "{routemaps.field.required}") @Size(max = 200,
				message = "{routemaps.field.tooLong}") @Nullable String titleNl,
		@Size(max = 200, message = "{routemaps.field.tooLong}") @Nullable String titleDa,
		@Size(max = 200, message = "{routemaps.field.tooLong}") @Nullable String titleEn,
		@NotBlank(message = "{routemaps.field.required}") @Size(max = 4000,
				message = "{routemaps.field.tooLong}") @Nullable String questionsNl,
		@Size(max = 4000, message = "{routemaps.field.tooLong}") @Nullable String questionsDa,
		@Size(max = 4000, message = "{routemaps.field.tooLong}") @Nullable String questionsEn,
		@Size(max = 4000, message = "{routemaps.field.tooLong}") @Nullable String attentionNl,
		@Size(max = 4000, message = "{routemaps.field.tooLong}") @Nullable String attentionDa,
		@Size(max = 4000, message = "{routemaps.field.tooLong}") @Nullable String attentionEn) {

	static CardForm empty() {
		return new CardForm(Audience.ALL, "", "", "", "", "", "", "", "", "");
	}

	static CardForm of(RouteMapVersion.Card c) {
		var attention = c.attention();
		return new CardForm(c.audience(), c.title().nl(), c.title().da(), c.title().en(), c.questions().nl(),
				c.questions().da(), c.questions().en(), attention == null ? null : attention.nl(),
				attention == null ? null : attention.da(), attention == null ? null : attention.en());
	}

	CardTexts texts() {
		return new CardTexts(audience == null ? Audience.ALL : audience,
				Texts.of(titleNl == null ? "" : titleNl.strip(), titleDa, titleEn),
				Texts.of(questionsNl == null ? "" : questionsNl.strip(), questionsDa, questionsEn),
				Texts.optional(attentionNl, attentionDa, attentionEn));
	}

}
