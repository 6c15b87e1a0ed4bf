package org.traject.delivery.internal;

import org.traject.delivery.CareerOutcomeKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.Catalogue;

/**
 * Career outcomes after completion (a formal leadership role, a leadership-like role,
 * none yet), recorded by the participant or a secretary, and the report per programme
 * that shows the share who took up leadership.
 */
@Service
public class CareerOutcomes {

	private final CareerOutcomeRepository outcomes;

	private final AwardRepository awards;

	private final Catalogue catalogue;

	CareerOutcomes(CareerOutcomeRepository outcomes, AwardRepository awards, Catalogue catalogue) {
		this.outcomes = outcomes;
		this.awards = awards;
		this.catalogue = catalogue;
	}

	/**
	 * A participant records their own outcome; someone else's award is as if it did not
	 * exist.
	 */
	@Transactional
	public void recordOwn(long personId, long awardId, CareerOutcomeKind kind, @Nullable String roleTitle,
			LocalDate occurredOn) {
		var award = awards.findById(awardId)
			.filter(a -> a.getPersonId() == personId)
			.orElseThrow(() -> new NoSuchElementException("No award " + awardId + " of person " + personId));
		save(award, kind, roleTitle, occurredOn, personId);
	}

	/** A secretary records the outcome of a completion of the given programme. */
	@Transactional
	public void record(long programmeId, long awardId, CareerOutcomeKind kind, @Nullable String roleTitle,
			LocalDate occurredOn, @Nullable Long by) {
		var award = awards.findById(awardId)
			.filter(a -> a.getProgrammeId() == programmeId)
			.orElseThrow(() -> new NoSuchElementException("No award " + awardId + " of programme " + programmeId));
		save(award, kind, roleTitle, occurredOn, by);
	}

	private void save(Award award, CareerOutcomeKind kind, @Nullable String roleTitle, LocalDate occurredOn,
			@Nullable Long by) {
		var outcome = outcomes.findByAwardId(award.getId())
			.orElseGet(() -> new CareerOutcome(award.getId(), award.getPersonId(), award.getProgrammeId()));
		outcome.record(kind, roleTitle, occurredOn, by);
		outcomes.save(outcome);
	}

	/** Everyone who completed the programme, with their outcome, and the shares. */
	@Transactional(readOnly = true)
	public Report report(long programmeId) {
		var programme = catalogue.find(programmeId)
			.orElseThrow(() -> new NoSuchElementException("No programme " + programmeId));
		var completed = awards.findByProgrammeIdOrderByCompletedOnDescIdDesc(programmeId)
			.stream()
			.map(Award::view)
			.toList();
		Map<Long, OutcomeView> byAward = outcomes
			.findByAwardIdIn(completed.stream().map(LearningRecords.AwardView::id).toList())
			.stream()
			.map(CareerOutcome::view)
			.collect(Collectors.toMap(OutcomeView::awardId, Function.identity()));
		var lines = completed.stream().map(a -> new ReportLine(a, byAward.get(a.id()))).toList();
		return new Report(programme, lines);
	}

	public record OutcomeView(long awardId, CareerOutcomeKind kind, @Nullable String roleTitle, LocalDate occurredOn,
			Instant recordedAt) {
	}

	public record ReportLine(LearningRecords.AwardView award, @Nullable OutcomeView outcome) {
	}

	public record Report(Catalogue.ProgrammeView programme, List<ReportLine> lines) {

		public int completed() {
			return lines.size();
		}

		public long count(CareerOutcomeKind kind) {
			return lines.stream().filter(l -> l.outcome() != null && l.outcome().kind() == kind).count();
		}

		public long unknown() {
			return lines.stream().filter(l -> l.outcome() == null).count();
		}

		public long leadership() {
			return count(CareerOutcomeKind.FORMAL_LEADERSHIP_ROLE) + count(CareerOutcomeKind.LEADERSHIP_LIKE_ROLE);
		}

		/**
		 * The share of those who completed that took up a leadership or leadership-like
		 * role, in whole percent.
		 */
		public int leadershipPercent() {
			return lines.isEmpty() ? 0 : (int) Math.round(leadership() * 100.0 / lines.size());
		}
	}

}
