package org.traject.competencies.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One level of a profile's proficiency scale, written in the profile's default language.
 */
@Embeddable
public record ScaleLevel(@Column(name = "level", nullable = false) int level,
		@Column(name = "label", nullable = false) String label,
		@Column(name = "descriptor", nullable = false) String descriptor) {
}
