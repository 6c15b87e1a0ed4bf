package org.traject.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ModuleType;
import org.traject.cohorts.Cohorts;

class SessionDaysTest {

	private static final Instant NINE = Instant.parse("2027-03-02T08:00:00Z");

	@Test
	void aModulesDaysAreSharedByItsSessions() {
		var internship = new Catalogue.ModuleView(1, 1, ModuleType.INTERNSHIP, "Internship", new BigDecimal("5"));
		var days = SessionDays.of(List.of(session(10, 1L, 7), session(11, 1L, 7)), List.of(internship));
		assertThat(days.get(10L)).isEqualByComparingTo("2.5");
		assertThat(days.get(11L)).isEqualByComparingTo("2.5");
	}

	@Test
	void aSessionWithoutModuleDaysWeighsByItsLength() {
		var exam = new Catalogue.ModuleView(2, 2, ModuleType.EXAM, "Exam", BigDecimal.ZERO);
		var days = SessionDays.of(List.of(session(20, 2L, 3), session(21, null, 7)), List.of(exam));
		assertThat(days.get(20L)).isEqualByComparingTo("0.5");
		assertThat(days.get(21L)).isEqualByComparingTo("1");
	}

	private static Cohorts.SessionView session(long id, Long moduleId, int hours) {
		return new Cohorts.SessionView(id, moduleId, "Session " + id, NINE, NINE.plus(Duration.ofHours(hours)), null);
	}

}
