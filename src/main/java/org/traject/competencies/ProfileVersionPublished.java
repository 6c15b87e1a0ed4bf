package org.traject.competencies;

import org.jspecify.annotations.Nullable;

/**
 * A profile version was published; {@code retiredVersionId} is the version it replaced,
 * if any. Modules that follow the newest version of a profile (a programme's page, say)
 * may react.
 */
public record ProfileVersionPublished(long profileId, long profileVersionId, int number,
		@Nullable Long retiredVersionId) {
}
