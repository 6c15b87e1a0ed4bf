package org.traject.development.internal;

import java.util.Comparator;
import java.util.List;

/**
 * Where a participant can grow most: per competency, the gap between the target level the
 * profile asks for and the level they rate themselves at, weighted by how much they want
 * to grow in it.
 *
 * <pre>potential = max(0, target − current) × affinity</pre>
 *
 * A competency at or above its target has no potential, however keen the participant is;
 * a large gap the participant has little affinity for scores lower than a smaller gap
 * they are eager to close. The highest possible score is {@code (highest level − 1) × 5}.
 * Ties are ranked by the larger gap, then the larger affinity, then profile order.
 */
public final class DevelopmentPotential {

	public static final int MAX_AFFINITY = 5;

	private DevelopmentPotential() {
	}

	public static int of(int target, int current, int affinity) {
		if (affinity < 1 || affinity > MAX_AFFINITY) {
			throw new IllegalArgumentException("affinity must be 1–5: " + affinity);
		}
		return Math.max(0, target - current) * affinity;
	}

	public static int gap(int target, int current) {
		return Math.max(0, target - current);
	}

	/** The highest potential a competency can have on a scale with this many levels. */
	public static int maximum(int levels) {
		return Math.max(0, levels - 1) * MAX_AFFINITY;
	}

	/**
	 * Highest potential first; see the class comment for ties. The input's order is
	 * profile order.
	 */
	public static <T extends Rated> List<T> ranked(List<T> rated) {
		return rated.stream()
			.sorted(Comparator.comparingInt(Rated::potential)
				.reversed()
				.thenComparing(Comparator.comparingInt(Rated::gap).reversed())
				.thenComparing(Comparator.comparingInt(Rated::affinity).reversed())
				.thenComparingInt(Rated::position))
			.toList();
	}

	/** Something with a potential: a result row. */
	public interface Rated {

		int potential();

		int gap();

		int affinity();

		/** Place in the profile (1-based), the last tie-breaker. */
		int position();

	}

}
