package org.traject.delivery.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.AccreditationRegister;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.Cohorts;
import org.traject.delivery.ProgrammeCompleted;
import org.traject.people.People;

/**
 * Awards and certificates: what a completion awarded (copied at that moment), the
 * participant's learning record with points and registration dates per register, and the
 * public check of a certificate number, which tells only whose it is, for which
 * programme, when, and until when it counts.
 */
@Service
public class LearningRecords {

	private final AwardRepository awards;

	private final CareerOutcomeRepository outcomes;

	private final People people;

	private final ApplicationEventPublisher events;

	private final CertificateNumbers numbers = new CertificateNumbers();

	LearningRecords(AwardRepository awards, CareerOutcomeRepository outcomes, People people,
			ApplicationEventPublisher events) {
		this.awards = awards;
		this.outcomes = outcomes;
		this.people = people;
		this.events = events;
	}

	/**
	 * Awards a completion: the programme's accreditation as it stands today, and a new
	 * certificate number.
	 */
	AwardView award(Completion completion, Cohorts.CohortView cohort, Catalogue.ProgrammeView programme) {
		var person = people.findById(completion.getPersonId()).orElseThrow();
		LocalDate completedOn = completion.getCompletedOn();
		if (completedOn == null) {
			throw new IllegalStateException("Completion " + completion.getId() + " has no date");
		}
		String number = numbers.next(completedOn.getYear(), awards::existsByCertificateNumber);
		var award = awards.saveAndFlush(new Award(completion.getId(), completion.getPersonId(), programme.id(),
				cohort.id(), number, person.displayName(), programme.title(), programme.language(), cohort.code(),
				cohort.startDate(), cohort.endDate(), programme.totalDays(), programme.accreditationRegister(),
				programme.accreditationPoints(), programme.accreditationRenewalYears(), completedOn));
		events.publishEvent(new ProgrammeCompleted(award.getId(), award.getPersonId(), programme.id(), cohort.id(),
				number, completedOn));
		return award.view();
	}

	/**
	 * A person's learning record: every completed programme, newest first, and a summary
	 * per register.
	 */
	@Transactional(readOnly = true)
	public LearningRecord of(long personId) {
		var mine = awards.findByPersonIdOrderByCompletedOnDescIdDesc(personId).stream().map(Award::view).toList();
		Map<Long, CareerOutcomes.OutcomeView> outcomeByAward = outcomes
			.findByAwardIdIn(mine.stream().map(AwardView::id).toList())
			.stream()
			.map(CareerOutcome::view)
			.collect(Collectors.toMap(CareerOutcomes.OutcomeView::awardId, Function.identity()));
		return new LearningRecord(mine, registers(mine), outcomeByAward);
	}

	/**
	 * One of the person's own certificates; empty when the number is unknown or someone
	 * else's.
	 */
	@Transactional(readOnly = true)
	public Optional<AwardView> ownCertificate(long personId, String number) {
		return certificate(number).filter(a -> a.personId() == personId);
	}

	/** A certificate by its number, whoever it belongs to (for secretaries). */
	@Transactional(readOnly = true)
	public Optional<AwardView> certificate(String number) {
		var normalised = CertificateNumbers.normalise(number);
		return normalised == null ? Optional.empty() : awards.findByCertificateNumber(normalised).map(Award::view);
	}

	/** The public check: only name, programme, date and validity. */
	@Transactional(readOnly = true)
	public Optional<Verification> verify(String number) {
		return certificate(number).map(a -> new Verification(a.certificateNumber(), a.participantName(),
				a.programmeTitle(), a.programmeLanguage(), a.completedOn(), a.registrationValidUntil()));
	}

	/**
	 * Per register, in register order: the points earned and the latest date a
	 * registration runs until.
	 */
	static List<RegisterSummary> registers(List<AwardView> awards) {
		Map<AccreditationRegister, List<AwardView>> byRegister = new LinkedHashMap<>();
		awards.stream()
			.filter(a -> a.register() != null)
			.sorted(Comparator.comparing(AwardView::register))
			.forEach(a -> byRegister.computeIfAbsent(a.register(), r -> new ArrayList<>()).add(a));
		return byRegister.entrySet().stream().map(e -> {
			BigDecimal points = e.getValue()
				.stream()
				.map(AwardView::points)
				.filter(p -> p != null)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			LocalDate until = e.getValue()
				.stream()
				.map(AwardView::registrationValidUntil)
				.filter(d -> d != null)
				.max(Comparator.naturalOrder())
				.orElse(null);
			return new RegisterSummary(e.getKey(), points, until, e.getValue().size());
		}).toList();
	}

	/** An award as pages and documents show it. */
	public record AwardView(long id, long completionId, long personId, long programmeId, long cohortId,
			String certificateNumber, String participantName, String programmeTitle, String programmeLanguage,
			String cohortCode, LocalDate cohortStart, LocalDate cohortEnd, BigDecimal days,
			@Nullable AccreditationRegister register, @Nullable BigDecimal points, @Nullable Integer renewalYears,
			LocalDate completedOn, @Nullable LocalDate registrationValidUntil, Instant issuedAt) {
	}

	public record LearningRecord(List<AwardView> awards, List<RegisterSummary> registers,
			Map<Long, CareerOutcomes.OutcomeView> outcomes) {

		public CareerOutcomes.@Nullable OutcomeView outcomeOf(long awardId) {
			return outcomes.get(awardId);
		}
	}

	/**
	 * Points per register and the date the registration runs until (null for a register
	 * that is not renewed).
	 */
	public record RegisterSummary(AccreditationRegister register, BigDecimal points, @Nullable LocalDate validUntil,
			int programmes) {
	}

	/** What the public check of a certificate number reveals, and nothing more. */
	public record Verification(String certificateNumber, String participantName, String programmeTitle,
			String programmeLanguage, LocalDate completedOn, @Nullable LocalDate validUntil) {

		/**
		 * Whether the registration still runs on {@code today} (pages pass the provider's
		 * today).
		 */
		public boolean stillValid(LocalDate today) {
			return validUntil == null || !validUntil.isBefore(today);
		}
	}

}
