package org.traject.competencies.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.competencies.ProfileVersionView;
import org.traject.competencies.internal.CompetencyDetails;

/** A competency; the behavioural indicators are typed one per line. */
record CompetencyForm(@NotNull(message = "{competencies.field.required}") @Nullable Long clusterId,
		@NotBlank(message = "{competencies.field.required}") @Size(max = 200,
				message = "{competencies.field.tooLong}") @Nullable String name,
		@Size(max = 4000, message = "{competencies.field.tooLong}") @Nullable String description,
		@NotNull(message = "{competencies.field.required}") @Min(value = 1,
				message = "{competencies.competency.targetLevel.min}") @Max(value = 10,
						message = "{competencies.competency.targetLevel.min}") @Nullable Integer targetLevel,
		@Size(max = 8000, message = "{competencies.field.tooLong}") @Nullable String indicators,
		@Nullable Long version) {

	static CompetencyForm of(long clusterId, ProfileVersionView.CompetencyView c, long version) {
		return new CompetencyForm(clusterId, c.name(), c.description(), c.targetLevel(),
				String.join("\n", c.indicators()), version);
	}

	CompetencyDetails details() {
		List<String> lines = indicators == null ? List.of()
				: Arrays.stream(indicators.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		return new CompetencyDetails(clusterId, String.valueOf(name),
				description == null || description.isBlank() ? null : description,
				targetLevel == null ? 0 : targetLevel, lines);
	}
}
