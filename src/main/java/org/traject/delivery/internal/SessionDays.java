package org.traject.delivery.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.traject.catalogue.Catalogue;
import org.traject.cohorts.Cohorts;

/**
 * How many days each session of a cohort weighs when attendance is counted in days. A
 * session of a module that states its days shares them with the cohort's other sessions
 * of that module (a five-day internship in five sessions: one day each); any other
 * session weighs by its length: a full day from four and a half hours, else half.
 */
final class SessionDays {

	private static final Duration FULL_DAY = Duration.ofMinutes(270);

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private SessionDays() {
	}

	static Map<Long, BigDecimal> of(List<Cohorts.SessionView> sessions, List<Catalogue.ModuleView> modules) {
		Map<Long, BigDecimal> moduleDays = new HashMap<>();
		modules.forEach(m -> moduleDays.put(m.id(), m.days()));
		Map<Long, Integer> sessionsPerModule = new HashMap<>();
		for (var s : sessions) {
			if (s.programmeModuleId() != null) {
				sessionsPerModule.merge(s.programmeModuleId(), 1, Integer::sum);
			}
		}
		Map<Long, BigDecimal> weights = new HashMap<>();
		for (var s : sessions) {
			BigDecimal days = s.programmeModuleId() == null ? null : moduleDays.get(s.programmeModuleId());
			if (days != null && days.signum() > 0) {
				weights.put(s.id(), days.divide(BigDecimal.valueOf(sessionsPerModule.get(s.programmeModuleId())), 2,
						RoundingMode.HALF_UP));
			}
			else {
				weights.put(s.id(),
						Duration.between(s.startsAt(), s.endsAt()).compareTo(FULL_DAY) >= 0 ? BigDecimal.ONE : HALF);
			}
		}
		return weights;
	}

}
