package org.traject.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CertificateNumbersTest {

	@Test
	void aNumberNamesTheYearAndHasEightCharactersWithoutLookAlikes() {
		String number = new CertificateNumbers().next(2027, n -> false);
		assertThat(number).matches("TRJ-2027-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
	}

	@Test
	void tenThousandNumbersAreAllDifferent() {
		var numbers = new CertificateNumbers();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			seen.add(numbers.next(2027, n -> false));
		}
		assertThat(seen).hasSize(10_000);
	}

	@Test
	void aNumberAlreadyTakenIsNeverHandedOutAgain() {
		// the same seed draws the same sequence: the first two numbers are taken, so the
		// third comes out
		var first = new CertificateNumbers(new Random(7));
		Set<String> taken = Set.of(first.next(2027, n -> false), first.next(2027, n -> false));
		String third = first.next(2027, n -> false);
		String given = new CertificateNumbers(new Random(7)).next(2027, taken::contains);
		assertThat(given).isEqualTo(third).isNotIn(taken);
	}

	@Test
	void givesUpRatherThanLoopingForever() {
		assertThatThrownBy(() -> new CertificateNumbers().next(2027, n -> true))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aNumberTypedCarelesslyIsUnderstood() {
		assertThat(CertificateNumbers.normalise(" trj-2027-7k4q-9xpm ")).isEqualTo("TRJ-2027-7K4Q-9XPM");
		assertThat(CertificateNumbers.normalise("TRJ-2027-7K4Q-9XPO")).isEqualTo("TRJ-2027-7K4Q-9XP0");
		assertThat(CertificateNumbers.normalise("TRJ-2027-7K4Q")).isNull();
		assertThat(CertificateNumbers.normalise("'; drop table x; --")).isNull();
	}

}
