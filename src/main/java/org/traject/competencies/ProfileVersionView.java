package org.traject.competencies;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A complete, read-only profile version: texts in the reader's language where translated
 * ({@code language} says which one is shown), the scale, and the clusters with their
 * competencies in order. Cluster and competency texts are written in the profile's
 * {@code defaultLanguage}.
 *
 * @param lockVersion the optimistic-locking version, for forms that change this version
 */
public record ProfileVersionView(long id, long profileId, int number, String status, String defaultLanguage,
		String language, String name, String roleTitle, @Nullable String description, List<Level> scale,
		List<ClusterView> clusters, @Nullable Instant publishedAt, @Nullable Instant retiredAt, long lockVersion) {

	public boolean isDraft() {
		return "DRAFT".equals(status);
	}

	public boolean isPublished() {
		return "PUBLISHED".equals(status);
	}

	public int competencyCount() {
		return clusters.stream().mapToInt(c -> c.competencies().size()).sum();
	}

	public int maxLevel() {
		return scale.size();
	}

	public @Nullable Level level(int level) {
		return level >= 1 && level <= scale.size() ? scale.get(level - 1) : null;
	}

	public record Level(int level, String label, String descriptor) {
	}

	public record ClusterView(long id, UUID key, String name, @Nullable String description,
			List<CompetencyView> competencies) {
	}

	public record CompetencyView(long id, UUID key, String name, @Nullable String description, int targetLevel,
			List<String> indicators) {
	}
}
