package org.traject.development.internal;

import org.traject.development.Relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** No single colleague can be recognised in what the participant sees. */
class OthersRatingsTest {

	private static OthersRatings.Response manager(int level) {
		return new OthersRatings.Response(Relation.MANAGER, Map.of(1L, level));
	}

	private static OthersRatings.Response peer(int level) {
		return new OthersRatings.Response(Relation.PEER, Map.of(1L, level));
	}

	@Test
	void oneColleagueAloneIsNotShownNeitherSeparatelyNorMixedIntoTheAverage() {
		var ratings = OthersRatings.of(List.of(peer(2)));

		assertThat(ratings.peersVisible()).isFalse();
		assertThat(ratings.peers(1)).isNull();
		assertThat(ratings.others(1)).isNull();
		assertThat(ratings.peerResponses()).isEqualTo(1);
		assertThat(ratings.peersStillNeeded()).isEqualTo(1);
	}

	@Test
	void withTheManagerAndOneColleagueOnlyTheManagerShowsSoTheColleagueCannotBeWorkedOut() {
		var ratings = OthersRatings.of(List.of(manager(4), peer(2)));

		assertThat(ratings.managerVisible()).isTrue();
		assertThat(ratings.manager(1)).isEqualTo(4.0);
		assertThat(ratings.peers(1)).isNull();
		assertThat(ratings.others(1)).isEqualTo(4.0);
	}

	@Test
	void fromTwoColleaguesOnTheirAverageShowsAndJoinsTheManagerInTheOverallAverage() {
		var ratings = OthersRatings.of(List.of(manager(4), peer(2), peer(3)));

		assertThat(ratings.peersVisible()).isTrue();
		assertThat(ratings.peers(1)).isEqualTo(2.5);
		assertThat(ratings.manager(1)).isEqualTo(4.0);
		assertThat(ratings.others(1)).isEqualTo(3.0);
		assertThat(ratings.peersStillNeeded()).isZero();
	}

	@Test
	void theManagerAloneIsShownLabelledAsTheManager() {
		var ratings = OthersRatings.of(List.of(manager(3)));

		assertThat(ratings.managerVisible()).isTrue();
		assertThat(ratings.anyVisible()).isTrue();
		assertThat(ratings.peersVisible()).isFalse();
		assertThat(ratings.manager(1)).isEqualTo(3.0);
	}

	@Test
	void withoutResponsesNothingIsShown() {
		var ratings = OthersRatings.of(List.of());

		assertThat(ratings.anyVisible()).isFalse();
		assertThat(ratings.others(1)).isNull();
	}

}
