package org.traject.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.traject.delivery.internal.Accreditation;

class AccreditationTest {

	@Test
	void aRegistrationRunsTheProgrammesYearsFromTheCompletionDate() {
		assertThat(Accreditation.validUntil(LocalDate.of(2027, 6, 18), 4)).isEqualTo(LocalDate.of(2031, 6, 18));
	}

	@Test
	void aCompletionOnTwentyNinthFebruaryEndsOnTwentyEighthInACommonYear() {
		assertThat(Accreditation.validUntil(LocalDate.of(2028, 2, 29), 1)).isEqualTo(LocalDate.of(2029, 2, 28));
		assertThat(Accreditation.validUntil(LocalDate.of(2028, 2, 29), 3)).isEqualTo(LocalDate.of(2031, 2, 28));
	}

	@Test
	void aCompletionOnTwentyNinthFebruaryKeepsItWhenTheYearsLandOnALeapYear() {
		assertThat(Accreditation.validUntil(LocalDate.of(2028, 2, 29), 4)).isEqualTo(LocalDate.of(2032, 2, 29));
	}

	@Test
	void aProgrammeWithoutRenewalYearsRenewsNothing() {
		assertThat(Accreditation.validUntil(LocalDate.of(2027, 1, 1), null)).isNull();
		assertThat(Accreditation.validUntil(LocalDate.of(2027, 1, 1), 0)).isNull();
	}

}
