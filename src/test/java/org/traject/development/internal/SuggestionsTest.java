package org.traject.development.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

	@Test
	void wordsMatchWhenOneBeginsWithTheOther() {
		assertThat(Suggestions.matches(Suggestions.words("Visiegericht leidinggeven"),
				Suggestions.words("Themadag: pedagogische visie 0–13")))
			.isTrue();
		assertThat(Suggestions.matches(Suggestions.words("Innoveren"), Suggestions.words("Presentatie businesscases")))
			.isFalse();
	}

	@Test
	void shortAndCommonWordsNeverMakeAMatch() {
		assertThat(Suggestions.words("Coachend leidinggeven in de eigen organisatie"))
			.containsExactlyInAnyOrder("coachend", "organisatie");
		assertThat(Suggestions.matches(Suggestions.words("Leidinggeven"), Suggestions.words("Themadag leidinggeven")))
			.isFalse();
	}

	@Test
	void accentsAreFoldedAndDanishWordsMatchByTheirStart() {
		assertThat(Suggestions.matches(Suggestions.words("Oriënterend gesprek"), Suggestions.words("Orienteren")))
			.isTrue();
		assertThat(Suggestions.matches(Suggestions.words("Netværksdannelse"), Suggestions.words("Netværk på tværs")))
			.isTrue();
	}

}
