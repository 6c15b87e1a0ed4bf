package org.traject.development.internal;

import org.jspecify.annotations.Nullable;

/**
 * One competency in a measurement's results, numbered like the axes of the radar chart.
 *
 * @param manager the manager's level (null when none answered); {@code peers} the peers'
 * average, null until enough peers answered; {@code others} the average of everything the
 * participant may see
 */
public record ResultRow(int position, long competencyId, String cluster, String name, @Nullable String description,
		int target, @Nullable Integer self, @Nullable Integer affinityOrNull, @Nullable String comment,
		@Nullable Double manager, @Nullable Double peers,
		@Nullable Double others) implements DevelopmentPotential.Rated {

	@Override
	public int gap() {
		return self == null ? 0 : DevelopmentPotential.gap(target, self);
	}

	@Override
	public int affinity() {
		return affinityOrNull == null ? 0 : affinityOrNull;
	}

	@Override
	public int potential() {
		return self == null || affinityOrNull == null ? 0 : DevelopmentPotential.of(target, self, affinityOrNull);
	}
}
