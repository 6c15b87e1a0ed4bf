package org.traject.routemaps.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What was discussed and what was agreed on one card. */
record NoteForm(@Size(max = 4000, message = "{routemaps.field.tooLong}") @Nullable String discussed,
		@Size(max = 4000, message = "{routemaps.field.tooLong}") @Nullable String agreed) {
}
