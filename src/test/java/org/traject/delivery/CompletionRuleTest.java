package org.traject.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.traject.delivery.AttendanceStatus.ABSENT;
import static org.traject.delivery.AttendanceStatus.EXCUSED;
import static org.traject.delivery.AttendanceStatus.PRESENT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.traject.delivery.internal.CompletionRule.RequiredResult;
import org.traject.delivery.internal.CompletionRule.SessionAttendance;
import org.traject.delivery.internal.AttendanceBasis;
import org.traject.delivery.internal.CompletionRule;
import org.traject.delivery.internal.ResultKind;
import org.traject.delivery.internal.ResultOutcome;

class CompletionRuleTest {

	private static final CompletionRule BY_SESSIONS = new CompletionRule(AttendanceBasis.SESSIONS, 80, false, Set.of());

	private static final CompletionRule BY_DAYS = new CompletionRule(AttendanceBasis.DAYS, 80, false, Set.of());

	@Test
	void fourOfFiveSessionsMeetsEightyPercent() {
		var check = BY_SESSIONS.evaluate(sessions(PRESENT, PRESENT, PRESENT, PRESENT, ABSENT), List.of());
		assertThat(check.met()).isTrue();
		assertThat(check.attendedPercent()).isEqualTo(80);
		assertThat(check.shortfalls()).isEmpty();
	}

	@Test
	void threeOfFiveSessionsFallsShortAndSaysByHowMuch() {
		var check = BY_SESSIONS.evaluate(sessions(PRESENT, ABSENT, PRESENT, EXCUSED, PRESENT), List.of());
		assertThat(check.met()).isFalse();
		assertThat(check.sessionsAttended()).isEqualTo(3);
		assertThat(check.shortfalls()).singleElement().satisfies(s -> {
			assertThat(s.messageKey()).isEqualTo("delivery.shortfall.sessions");
			assertThat(s.arguments()).containsExactly(60, 80);
		});
	}

	@Test
	void justBelowTheMinimumIsNotRoundedUpToIt() {
		// 7 of 9 sessions is 77.8 %: shown as 77 (never rounded up towards the minimum)
		// and short of 80
		var check = BY_SESSIONS.evaluate(
				sessions(PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, PRESENT, ABSENT, ABSENT), List.of());
		assertThat(check.met()).isFalse();
		assertThat(check.attendedPercent()).isEqualTo(77);
	}

	@Test
	void excusedAbsenceCountsOnlyWhenTheRuleSaysSo() {
		var attendance = sessions(PRESENT, PRESENT, PRESENT, EXCUSED, PRESENT);
		assertThat(BY_SESSIONS.evaluate(attendance, List.of()).sessionsAttended()).isEqualTo(4);
		var lenient = new CompletionRule(AttendanceBasis.SESSIONS, 100, true, Set.of());
		assertThat(lenient.evaluate(attendance, List.of()).met()).isTrue();
		var strict = new CompletionRule(AttendanceBasis.SESSIONS, 100, false, Set.of());
		assertThat(strict.evaluate(attendance, List.of()).met()).isFalse();
	}

	@Test
	void sessionsWithoutRegistrationCountAsMissedAndAreCounted() {
		var check = BY_SESSIONS.evaluate(sessions(PRESENT, PRESENT, null, null), List.of());
		assertThat(check.met()).isFalse();
		assertThat(check.unregistered()).isEqualTo(2);
		assertThat(check.attendedPercent()).isEqualTo(50);
	}

	@Test
	void byDaysALongSessionMissedWeighsMoreThanAShortOne() {
		// a five-day module missed, four single days attended: 4 of 9 days, although 4 of
		// 5 sessions
		var attendance = List.of(session(1, "5", ABSENT), session(2, "1", PRESENT), session(3, "1", PRESENT),
				session(4, "1", PRESENT), session(5, "1", PRESENT));
		assertThat(BY_SESSIONS.evaluate(attendance, List.of()).met()).isTrue();
		var check = BY_DAYS.evaluate(attendance, List.of());
		assertThat(check.met()).isFalse();
		assertThat(check.attendedPercent()).isEqualTo(44);
		assertThat(check.shortfalls()).singleElement().satisfies(s -> {
			assertThat(s.messageKey()).isEqualTo("delivery.shortfall.days");
			assertThat(s.arguments()).containsExactly(new BigDecimal("4"), new BigDecimal("9"), 44, 80);
		});
	}

	@Test
	void byDaysHalfDaysAddUpExactlyToTheMinimum() {
		// 4 of 5 days with half days: exactly 80 % is enough
		var attendance = List.of(session(1, "0.5", PRESENT), session(2, "0.5", PRESENT), session(3, "1", ABSENT),
				session(4, "3", PRESENT));
		var check = BY_DAYS.evaluate(attendance, List.of());
		assertThat(check.daysAttended()).isEqualByComparingTo("4");
		assertThat(check.daysTotal()).isEqualByComparingTo("5");
		assertThat(check.met()).isTrue();
	}

	@Test
	void aMissingExamResultAndANegativeAssignmentAreBothNamed() {
		var rule = new CompletionRule(AttendanceBasis.SESSIONS, 80, false, Set.of(10L, 11L, 12L));
		var check = rule.evaluate(sessions(PRESENT, PRESENT),
				List.of(new RequiredResult(10, "Exam", ResultKind.PASS, null),
						new RequiredResult(11, "Assignment", ResultKind.APPROVAL, ResultOutcome.NOT_APPROVED),
						new RequiredResult(12, "Internship", ResultKind.DONE, ResultOutcome.DONE)));
		assertThat(check.met()).isFalse();
		assertThat(check.shortfalls()).extracting(CompletionRule.Shortfall::messageKey)
			.containsExactly("delivery.shortfall.missing.PASS", "delivery.shortfall.negative.APPROVAL");
		assertThat(check.shortfalls().get(0).args()).containsExactly("Exam");
	}

	@Test
	void allResultsPositiveAndEnoughAttendanceMeetsTheRule() {
		var rule = new CompletionRule(AttendanceBasis.DAYS, 80, false, Set.of(10L));
		var check = rule.evaluate(sessions(PRESENT),
				List.of(new RequiredResult(10, "Exam", ResultKind.PASS, ResultOutcome.PASSED)));
		assertThat(check.met()).isTrue();
	}

	@Test
	void aCohortWithoutSessionsAsksNoAttendance() {
		assertThat(BY_SESSIONS.evaluate(List.of(), List.of()).met()).isTrue();
		assertThat(BY_DAYS.evaluate(List.of(), List.of()).met()).isTrue();
	}

	@Test
	void theDefaultRuleAsksEightyPercentOfSessionsAndNoResults() {
		assertThat(CompletionRule.DEFAULT.basis()).isEqualTo(AttendanceBasis.SESSIONS);
		assertThat(CompletionRule.DEFAULT.minimumPercent()).isEqualTo(80);
		assertThat(CompletionRule.DEFAULT.requiredModuleIds()).isEmpty();
	}

	@Test
	void aMinimumOutsideZeroToHundredIsRefused() {
		assertThatThrownBy(() -> new CompletionRule(AttendanceBasis.SESSIONS, 120, false, Set.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void resultKindsFollowTheModuleType() {
		assertThat(ResultKind.of(org.traject.catalogue.ModuleType.EXAM).positive()).isEqualTo(ResultOutcome.PASSED);
		assertThat(ResultKind.of(org.traject.catalogue.ModuleType.LEADERSHIP_ASSIGNMENT).positive())
			.isEqualTo(ResultOutcome.APPROVED);
		assertThat(ResultKind.of(org.traject.catalogue.ModuleType.INTERNSHIP).positive()).isEqualTo(ResultOutcome.DONE);
	}

	private static List<SessionAttendance> sessions(@Nullable AttendanceStatus... statuses) {
		var list = new ArrayList<SessionAttendance>();
		for (int i = 0; i < statuses.length; i++) {
			list.add(new SessionAttendance(i + 1, BigDecimal.ONE, statuses[i]));
		}
		return list;
	}

	private static SessionAttendance session(long id, String days, AttendanceStatus status) {
		return new SessionAttendance(id, new BigDecimal(days), status);
	}

}
