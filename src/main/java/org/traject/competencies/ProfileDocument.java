package org.traject.competencies;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The JSON exchange format of a profile version:
 * <pre>{"format": "traject-competency-profile/1", "defaultLanguage": "nl",
 *  "texts": {"nl": {"name": "…", "role": "…", "description": "…"}},
 *  "scale": [{"level": 1, "label": "…", "descriptor": "…"}, …],
 *  "clusters": [{"name": "…", "description": "…",
 *    "competencies": [{"name": "…", "description": "…", "targetLevel": 3, "indicators": ["…"]}]}]}</pre>
 * Boxed numbers and nullable fields so that a missing value is reported by name instead
 * of silently becoming zero. The value type of {@link ProfileImport}.
 */
public record ProfileDocument(@Nullable String format, @Nullable String defaultLanguage,
		@Nullable Map<String, Text> texts, @Nullable List<Level> scale, @Nullable List<Cluster> clusters) {

	public static final String FORMAT = "traject-competency-profile/1";

	public record Text(@Nullable String name, @Nullable String role, @Nullable String description) {
	}

	public record Level(@Nullable Integer level, @Nullable String label, @Nullable String descriptor) {
	}

	public record Cluster(@Nullable String name, @Nullable String description,
			@Nullable List<Competency> competencies) {
	}

	public record Competency(@Nullable String name, @Nullable String description, @Nullable Integer targetLevel,
			@Nullable List<String> indicators) {
	}
}
