package org.traject.competencies.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator gives for a competency. {@code clusterId} may be null when adding
 * by cluster name.
 */
public record CompetencyDetails(@Nullable Long clusterId, String name, @Nullable String description, int targetLevel,
		List<String> indicators) {
}
