package org.traject.development.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class DevelopmentPotentialTest {

	@Test
	void potentialIsTheGapToTheTargetTimesTheAffinity() {
		assertThat(DevelopmentPotential.of(4, 2, 5)).isEqualTo(10);
		assertThat(DevelopmentPotential.of(4, 3, 1)).isEqualTo(1);
		assertThat(DevelopmentPotential.of(5, 1, 3)).isEqualTo(12);
	}

	@Test
	void aCompetencyAtOrAboveItsTargetHasNoPotentialHoweverKeenTheParticipantIs() {
		assertThat(DevelopmentPotential.of(3, 3, 5)).isZero();
		assertThat(DevelopmentPotential.of(3, 5, 5)).isZero();
	}

	@Test
	void theHighestPossibleScoreFollowsFromTheScale() {
		assertThat(DevelopmentPotential.maximum(5)).isEqualTo(20);
		assertThat(DevelopmentPotential.of(5, 1, 5)).isEqualTo(DevelopmentPotential.maximum(5));
	}

	@Test
	void anAffinityOutsideOneToFiveIsRefused() {
		assertThatThrownBy(() -> DevelopmentPotential.of(4, 2, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> DevelopmentPotential.of(4, 2, 6)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void rankingPutsTheHighestPotentialFirstThenTheLargerGapThenTheHigherAffinityThenProfileOrder() {
		var keenSmallGap = row(1, "Keen, small gap", 4, 3, 4); // 1 × 4 = 4
		var largeGapLittleAffinity = row(2, "Large gap, little affinity", 5, 1, 1); // 4 ×
																					// 1 =
																					// 4
		var top = row(3, "Top", 4, 2, 5); // 10
		var reached = row(4, "Reached", 3, 3, 5); // 0
		var sameAsKeenButLater = row(5, "Same as keen, later", 4, 3, 4); // 4, same gap
																			// and
																			// affinity as
																			// row 1
		var twoByTwo = row(6, "Two by two", 4, 2, 2); // 4, gap 2

		var ranked = DevelopmentPotential
			.ranked(List.of(keenSmallGap, largeGapLittleAffinity, top, reached, sameAsKeenButLater, twoByTwo));

		assertThat(ranked).extracting(ResultRow::name)
			.containsExactly("Top", "Large gap, little affinity", "Two by two", "Keen, small gap",
					"Same as keen, later", "Reached");
	}

	@Test
	void anUnansweredRowHasNoPotential() {
		var row = new ResultRow(1, 1, "Cluster", "Name", null, 4, null, null, null, null, null, null);
		assertThat(row.potential()).isZero();
		assertThat(row.gap()).isZero();
	}

	private static ResultRow row(int position, String name, int target, int self, int affinity) {
		return new ResultRow(position, position, "Cluster", name, null, target, self, affinity, null, null, null, null);
	}

}
