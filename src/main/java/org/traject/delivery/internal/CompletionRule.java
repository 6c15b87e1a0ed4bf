package org.traject.delivery.internal;

import org.traject.delivery.AttendanceStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a participant must do to complete a programme: attend at least a share of the
 * cohort's sessions (or of its days), and have a positive result for the listed modules.
 * {@link #evaluate} says whether that holds and, if not, why, in words a secretary can
 * act on ("attended 60 % of sessions, needs 80 %", "exam not yet passed").
 *
 * @param excusedCounts whether an excused absence counts as attended
 * @param requiredModuleIds programme modules that need a positive result
 */
public record CompletionRule(AttendanceBasis basis, int minimumPercent, boolean excusedCounts,
		Set<Long> requiredModuleIds) {

	/** A programme that states no rule: 80 % of the sessions, no module results. */
	public static final CompletionRule DEFAULT = new CompletionRule(AttendanceBasis.SESSIONS, 80, false, Set.of());

	public CompletionRule {
		if (minimumPercent < 0 || minimumPercent > 100) {
			throw new IllegalArgumentException("A minimum attendance is a percentage: " + minimumPercent);
		}
		requiredModuleIds = Set.copyOf(requiredModuleIds);
	}

	/**
	 * Checks one participant. Sessions without registered attendance count as not
	 * attended (at the end of a cohort every session has happened); a cohort without
	 * sessions asks no attendance.
	 * @param sessions every session of the cohort with its weight in days and this
	 * participant's attendance
	 * @param results the modules this rule requires, with this participant's result if
	 * one is recorded
	 */
	public CompletionCheck evaluate(List<SessionAttendance> sessions, List<RequiredResult> results) {
		int total = sessions.size();
		int attended = 0;
		int unregistered = 0;
		BigDecimal daysTotal = BigDecimal.ZERO;
		BigDecimal daysAttended = BigDecimal.ZERO;
		for (var session : sessions) {
			daysTotal = daysTotal.add(session.days());
			if (session.status() == null) {
				unregistered++;
			}
			if (counts(session.status())) {
				attended++;
				daysAttended = daysAttended.add(session.days());
			}
		}
		var shortfalls = new ArrayList<Shortfall>();
		int percent;
		if (basis == AttendanceBasis.SESSIONS) {
			percent = total == 0 ? 100 : attended * 100 / total;
			if (attended * 100L < (long) minimumPercent * total) {
				shortfalls.add(new Shortfall("delivery.shortfall.sessions", percent, minimumPercent));
			}
		}
		else {
			percent = daysTotal.signum() == 0 ? 100
					: daysAttended.multiply(BigDecimal.valueOf(100))
						.divide(daysTotal, 0, RoundingMode.FLOOR)
						.intValue();
			if (daysAttended.multiply(BigDecimal.valueOf(100))
				.compareTo(daysTotal.multiply(BigDecimal.valueOf(minimumPercent))) < 0) {
				shortfalls.add(new Shortfall("delivery.shortfall.days", daysAttended.stripTrailingZeros(),
						daysTotal.stripTrailingZeros(), percent, minimumPercent));
			}
		}
		for (var result : results) {
			if (result.outcome() == null) {
				shortfalls.add(new Shortfall("delivery.shortfall.missing." + result.kind().name(), result.title()));
			}
			else if (!result.outcome().isPositive()) {
				shortfalls.add(new Shortfall("delivery.shortfall.negative." + result.kind().name(), result.title()));
			}
		}
		return new CompletionCheck(shortfalls.isEmpty(), attended, total, daysAttended, daysTotal, percent,
				unregistered, List.copyOf(shortfalls));
	}

	private boolean counts(@Nullable AttendanceStatus status) {
		return status == AttendanceStatus.PRESENT || (excusedCounts && status == AttendanceStatus.EXCUSED);
	}

	public boolean requires(long moduleId) {
		return requiredModuleIds.contains(moduleId);
	}

	/** One session of the cohort as the rule sees it for one participant. */
	public record SessionAttendance(long sessionId, BigDecimal days, @Nullable AttendanceStatus status) {
	}

	/**
	 * A module the rule requires, with the participant's result (null: none recorded
	 * yet).
	 */
	public record RequiredResult(long moduleId, String title, ResultKind kind, @Nullable ResultOutcome outcome) {
	}

	/**
	 * The verdict: whether the rule is met, the attendance in numbers, and what is
	 * missing.
	 */
	public record CompletionCheck(boolean met, int sessionsAttended, int sessionsTotal, BigDecimal daysAttended,
			BigDecimal daysTotal, int attendedPercent, int unregistered, List<Shortfall> shortfalls) {
	}

	/** One reason a rule is not met, as a message key with its arguments. */
	public record Shortfall(String messageKey, List<Object> arguments) {

		Shortfall(String messageKey, Object... arguments) {
			this(messageKey, List.of(arguments));
		}

		public Object[] args() {
			return arguments.toArray();
		}
	}
}
