package org.traject.delivery;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.cohorts.Cohorts;
import org.traject.delivery.internal.Attendance;
import org.traject.delivery.internal.AttendanceBasis;
import org.traject.delivery.internal.CareerOutcomes;
import org.traject.delivery.internal.CompletionOutcome;
import org.traject.delivery.internal.CompletionRule;
import org.traject.delivery.internal.Completions;

/**
 * What a course secretary records about a cohort's delivery, for callers without a page
 * (an import of a past cohort, the demo data): the programme's completion rule,
 * attendance, completion decisions, career outcomes, closing the cohort. Each goes
 * through the same service and rules as the secretary's pages.
 */
@Service
public class DeliveryRecords {

	private final Completions completions;

	private final Attendance attendance;

	private final CareerOutcomes outcomes;

	private final Cohorts cohorts;

	DeliveryRecords(Completions completions, Attendance attendance, CareerOutcomes outcomes, Cohorts cohorts) {
		this.completions = completions;
		this.attendance = attendance;
		this.outcomes = outcomes;
		this.cohorts = cohorts;
	}

	/**
	 * Whether the programme has a completion rule of its own (else the default applies).
	 */
	@Transactional(readOnly = true)
	public boolean hasCompletionRule(long programmeId) {
		return completions.ruleEditor(programmeId).stored();
	}

	/**
	 * Gives a programme without a rule of its own its completion rule: a share of the
	 * days attended (an excused absence does not count) and the modules that need a
	 * positive result.
	 */
	@Transactional
	public void setCompletionRule(long programmeId, int minimumPercentOfDays, Set<Long> requiredModuleIds) {
		completions.saveRule(programmeId, -1,
				new CompletionRule(AttendanceBasis.DAYS, minimumPercentOfDays, false, requiredModuleIds), null);
	}

	/**
	 * The cohort's sessions, earliest first, each with the participants whose attendance
	 * is not registered yet.
	 */
	@Transactional(readOnly = true)
	public List<Unregistered> unregistered(long cohortId) {
		return cohorts.find(cohortId)
			.orElseThrow()
			.sessions()
			.stream()
			.sorted(Comparator.comparing(Cohorts.SessionView::startsAt).thenComparing(Cohorts.SessionView::id))
			.map(session -> new Unregistered(session.id(),
					attendance.sheet(cohortId, session.id())
						.lines()
						.stream()
						.filter(line -> line.status() == null)
						.map(line -> new Participant(line.enrolmentId(), line.personId()))
						.toList()))
			.toList();
	}

	/** A session and who has no attendance registered at it yet. */
	public record Unregistered(long sessionId, List<Participant> participants) {
	}

	/** A confirmed participant of a cohort. */
	public record Participant(long enrolmentId, long personId) {
	}

	/**
	 * Registers one participant at one session, replacing what was there (a reason is
	 * kept for an excused absence only).
	 */
	@Transactional
	public void recordAttendance(long cohortId, long sessionId, long enrolmentId, AttendanceStatus status,
			@Nullable String reason, long recordedBy) {
		attendance.record(cohortId, sessionId, enrolmentId, status, reason, recordedBy);
	}

	/**
	 * Decides on every participant without a decision as the completion rule says:
	 * completed (with a certificate) where it is met, not completed where it is not. Each
	 * decision is a transaction of its own, as on the secretary's page.
	 */
	public void decideByRule(long cohortId, long decidedBy) {
		for (var line : completions.board(cohortId).lines()) {
			if (line.decision() == null) {
				completions.decide(cohortId, line.participant().enrolmentId(),
						line.check().met() ? CompletionOutcome.COMPLETED : CompletionOutcome.NOT_COMPLETED, null,
						decidedBy);
			}
		}
	}

	/** The programme's certificates that have no career outcome recorded yet. */
	@Transactional(readOnly = true)
	public List<Award> awardsWithoutOutcome(long programmeId) {
		return outcomes.report(programmeId)
			.lines()
			.stream()
			.filter(line -> line.outcome() == null)
			.map(line -> new Award(line.award().id(), line.award().personId(), line.award().completedOn()))
			.toList();
	}

	/** A certificate: whose it is and when the programme was completed. */
	public record Award(long id, long personId, LocalDate completedOn) {
	}

	/** Records what became of a participant after completing, as a secretary does. */
	@Transactional
	public void recordOutcome(long programmeId, long awardId, CareerOutcomeKind kind, @Nullable String roleTitle,
			LocalDate occurredOn, long recordedBy) {
		outcomes.record(programmeId, awardId, kind, roleTitle, occurredOn, recordedBy);
	}

	/**
	 * Marks the cohort completed once every participant has a decision.
	 * @param version the cohort's version as read
	 */
	@Transactional
	public void closeCohort(long cohortId, long version) {
		completions.closeCohort(cohortId, version);
	}

}
