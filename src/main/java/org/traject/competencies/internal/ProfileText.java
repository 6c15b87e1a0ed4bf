package org.traject.competencies.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** The texts of a profile version in one language. */
@Embeddable
public record ProfileText(@Column(name = "name", nullable = false) String name,
		@Column(name = "role_title", nullable = false) String roleTitle,
		@Column(name = "description") @Nullable String description) {
}
