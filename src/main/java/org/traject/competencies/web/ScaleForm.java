package org.traject.competencies.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.competencies.ProfileVersionView;
import org.traject.competencies.internal.ScaleLevel;

/** The proficiency scale: a label and a descriptor per level, levels numbered from 1. */
record ScaleForm(@Valid @NotNull List<LevelForm> levels, @Nullable Long version) {

	record LevelForm(
			@NotBlank(message = "{competencies.field.required}") @Size(max = 100,
					message = "{competencies.field.tooLong}") @Nullable String label,
			@NotBlank(message = "{competencies.field.required}") @Size(max = 4000,
					message = "{competencies.field.tooLong}") @Nullable String descriptor) {
	}

	static ScaleForm of(ProfileVersionView view) {
		return new ScaleForm(view.scale().stream().map(l -> new LevelForm(l.label(), l.descriptor())).toList(),
				view.lockVersion());
	}

	List<ScaleLevel> scale() {
		var scale = new ArrayList<ScaleLevel>();
		for (int i = 0; i < levels.size(); i++) {
			scale.add(new ScaleLevel(i + 1, String.valueOf(levels.get(i).label()),
					String.valueOf(levels.get(i).descriptor())));
		}
		return scale;
	}
}
