package org.traject.development.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class RadarChartTest {

	@Test
	void theFirstSpokePointsUpAndAFullScoreReachesTheOuterRing() {
		var chart = RadarChart.of(5, List.of(5, 5, 5, 5), Arrays.asList(5, null, 5, 5), null);

		assertThat(chart.axes()).hasSize(4);
		assertThat(chart.axes().get(0).x()).isEqualTo("210.0");
		assertThat(chart.axes().get(0).y()).isEqualTo("42.0");
		assertThat(chart.rings()).hasSize(5);
		assertThat(chart.rings().get(4).points()).isEqualTo(chart.target());
		// an unanswered competency is drawn at the centre
		assertThat(chart.self().split(" ")[1]).isEqualTo("210.0,210.0");
		assertThat(chart.others()).isNull();
	}

	@Test
	void levelsAreScaledToTheRadius() {
		var chart = RadarChart.of(4, List.of(2, 4), List.of(1, 4), List.of(2.0, 2.0));

		// level 2 of 4 on the first (upward) spoke: half the radius of 168 above the
		// centre
		assertThat(chart.target().split(" ")[0]).isEqualTo("210.0,126.0");
		assertThat(chart.others()).isNotNull();
	}

}
