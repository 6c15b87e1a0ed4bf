package org.traject.competencies.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

record ClusterForm(
		@NotBlank(message = "{competencies.field.required}") @Size(max = 200,
				message = "{competencies.field.tooLong}") @Nullable String name,
		@Size(max = 4000, message = "{competencies.field.tooLong}") @Nullable String description,
		@Nullable Long version) {

	static ClusterForm empty(long version) {
		return new ClusterForm(null, null, version);
	}
}
