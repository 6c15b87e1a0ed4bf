package org.traject.groups;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.traject.groups.internal.GroupSuggestion;
import org.traject.groups.internal.GroupSuggestion.Candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GroupSuggestionTest {

	@Test
	void neverPutsTwoPeopleOfOneSchoolTogetherWhenThereAreEnoughGroups() {
		var people = new ArrayList<Candidate>();
		for (int i = 0; i < 5; i++) {
			people.add(new Candidate(i, "Regenboog " + i, "OBS De Regenboog", "Utrecht", "primary"));
		}
		for (int i = 5; i < 9; i++) {
			people.add(new Candidate(i, "Kompas " + i, "IKC Het Kompas", "Utrecht", "integrated"));
		}
		for (int i = 9; i < 30; i++) {
			people.add(new Candidate(i, "Person " + i, "School " + (i % 11), i % 2 == 0 ? "Rotterdam" : "Gouda", null));
		}

		var groups = GroupSuggestion.divide(people, 6);

		assertThat(groups).hasSize(5);
		assertThat(groups).allSatisfy(g -> assertThat(g).hasSizeBetween(6, 6));
		assertThat(GroupSuggestion.organisationClashes(groups)).isZero();
		assertThat(groups.stream().flatMap(List::stream).map(Candidate::personId).distinct()).hasSize(30);
	}

	@Test
	void spreadsPlacesWhenOrganisationsAreAllDifferent() {
		var people = new ArrayList<Candidate>();
		for (int i = 0; i < 12; i++) {
			people.add(new Candidate(i, "P" + i, "School " + i, i < 6 ? "Aarhus" : "Odense", null));
		}

		var groups = GroupSuggestion.divide(people, 6);

		assertThat(groups).hasSize(2)
			.allSatisfy(g -> assertThat(g.stream().filter(c -> "Aarhus".equals(c.place()))).hasSize(3));
	}

	@Test
	void sizesDifferByOneAtMostAndASchoolLargerThanTheGroupCountClashesAsLittleAsPossible() {
		var people = new ArrayList<Candidate>();
		for (int i = 0; i < 4; i++) {
			people.add(new Candidate(i, "Big " + i, "Big school", null, null));
		}
		for (int i = 4; i < 13; i++) {
			people.add(new Candidate(i, "Other " + i, null, null, null));
		}

		var groups = GroupSuggestion.divide(people, 5);

		assertThat(groups).hasSize(3);
		assertThat(groups.stream().mapToInt(List::size).max().getAsInt()
				- groups.stream().mapToInt(List::size).min().getAsInt())
			.isLessThanOrEqualTo(1);
		assertThat(GroupSuggestion.organisationClashes(groups)).isEqualTo(1);
	}

	@Test
	void theSameCohortGivesTheSameSuggestion() {
		var people = List.of(new Candidate(1, "A", "X", null, null), new Candidate(2, "B", "X", null, null),
				new Candidate(3, "C", "Y", null, null), new Candidate(4, "D", null, null, null),
				new Candidate(5, "E", "Y", null, null), new Candidate(6, "F", null, null, null));
		assertThat(GroupSuggestion.divide(people, 3)).isEqualTo(GroupSuggestion.divide(List.copyOf(people), 3));
		assertThat(GroupSuggestion.divide(List.of(), 6)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> GroupSuggestion.divide(people, 2));
	}

}
