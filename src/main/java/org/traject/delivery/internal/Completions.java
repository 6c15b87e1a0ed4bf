package org.traject.delivery.internal;

import org.traject.delivery.AttendanceStatus;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.web.Refusal;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ModuleType;
import org.traject.cohorts.CohortRoster;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.Cohorts;

/**
 * Completion of a programme: each programme's rule, the module results a secretary
 * records, the board that shows per participant whether the rule is met (and why not),
 * and the decision, which on "completed" awards the programme's accreditation and a
 * certificate in the same transaction.
 */
@Service
public class Completions {

	/**
	 * Modules whose result a secretary records even when the rule does not ask for it.
	 */
	static final Set<ModuleType> RESULT_MODULES = EnumSet.of(ModuleType.EXAM, ModuleType.ELECTIVE_DIPLOMA_MODULE,
			ModuleType.LEADERSHIP_ASSIGNMENT, ModuleType.INTERNSHIP);

	private final CompletionRuleRepository rules;

	private final CompletionRepository completions;

	private final AwardRepository awards;

	private final Attendance attendance;

	private final LearningRecords records;

	private final Cohorts cohorts;

	private final Catalogue catalogue;

	private final JdbcClient jdbc;

	Completions(CompletionRuleRepository rules, CompletionRepository completions, AwardRepository awards,
			Attendance attendance, LearningRecords records, Cohorts cohorts, Catalogue catalogue, JdbcClient jdbc) {
		this.rules = rules;
		this.completions = completions;
		this.awards = awards;
		this.attendance = attendance;
		this.records = records;
		this.cohorts = cohorts;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
	}

	// ---- the rule ----

	/** The programme's rule, or the default one when it states none. */
	@Transactional(readOnly = true)
	public CompletionRule ruleOf(long programmeId) {
		return rules.findById(programmeId).map(StoredCompletionRule::rule).orElse(CompletionRule.DEFAULT);
	}

	/**
	 * The rule with what its editor needs: the programme, and the version the edit is
	 * made on (0: not stored yet).
	 */
	@Transactional(readOnly = true)
	public RuleEditor ruleEditor(long programmeId) {
		var programme = catalogue.find(programmeId)
			.orElseThrow(() -> new NoSuchElementException("No programme " + programmeId));
		var stored = rules.findById(programmeId);
		return new RuleEditor(programme, stored.map(StoredCompletionRule::rule).orElse(CompletionRule.DEFAULT),
				stored.isPresent(), stored.map(StoredCompletionRule::getVersion).orElse(-1L),
				stored.map(StoredCompletionRule::getUpdatedAt).orElse(null));
	}

	/**
	 * Stores a programme's rule. Modules that are not the programme's are dropped.
	 * @param version the version the edit was made on, -1 for a programme without a
	 * stored rule
	 * @throws OptimisticLockingFailureException when someone else changed the rule
	 * meanwhile
	 */
	@Transactional
	public void saveRule(long programmeId, long version, CompletionRule rule, @Nullable Long by) {
		var programme = catalogue.find(programmeId)
			.orElseThrow(() -> new NoSuchElementException("No programme " + programmeId));
		var own = programme.modules().stream().map(Catalogue.ModuleView::id).collect(Collectors.toSet());
		var kept = new CompletionRule(rule.basis(), rule.minimumPercent(), rule.excusedCounts(),
				rule.requiredModuleIds().stream().filter(own::contains).collect(Collectors.toSet()));
		var stored = rules.findById(programmeId);
		if (stored.isEmpty()) {
			if (version != -1) {
				throw new OptimisticLockingFailureException("The rule of programme " + programmeId + " was removed");
			}
			try {
				rules.saveAndFlush(new StoredCompletionRule(programmeId, kept, by));
			}
			catch (DataIntegrityViolationException ex) {
				throw new OptimisticLockingFailureException(
						"The rule of programme " + programmeId + " was just created", ex);
			}
			return;
		}
		if (stored.get().getVersion() != version) {
			throw new OptimisticLockingFailureException("The rule of programme " + programmeId + " changed");
		}
		stored.get().change(kept, by);
	}

	// ---- module results ----

	/**
	 * The results sheet of a cohort: its participants and the modules that take a result.
	 */
	@Transactional(readOnly = true)
	public ResultSheet resultSheet(long cohortId) {
		var roster = cohorts.roster(cohortId);
		var rule = ruleOf(roster.cohort().programmeId());
		var modules = resultModules(roster.programme(), rule);
		var results = resultsOfCohort(cohortId);
		var lines = Attendance.participants(roster)
			.stream()
			.map(l -> new ResultLine(l.enrolmentId(), l.personId(), l.name(), l.organisation(),
					results.getOrDefault(l.enrolmentId(), Map.of())))
			.toList();
		return new ResultSheet(roster.cohort(), roster.programme(), rule, modules, lines);
	}

	/**
	 * Records one participant's results: each module in the map gets the outcome given,
	 * or loses its result when the outcome is null. An outcome of the wrong kind (an exam
	 * "approved") is refused.
	 */
	@Transactional
	public ResultLine recordResults(long cohortId, long enrolmentId, Map<Long, @Nullable ResultOutcome> outcomes,
			@Nullable Long by) {
		var roster = cohorts.roster(cohortId);
		var participant = Attendance.participants(roster)
			.stream()
			.filter(l -> l.enrolmentId() == enrolmentId)
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No participant " + enrolmentId + " in cohort " + cohortId));
		Map<Long, Catalogue.ModuleView> modules = roster.programme()
			.modules()
			.stream()
			.collect(Collectors.toMap(Catalogue.ModuleView::id, Function.identity()));
		outcomes.forEach((moduleId, outcome) -> {
			var module = modules.get(moduleId);
			if (module == null) {
				throw new NoSuchElementException("No module " + moduleId + " in this programme");
			}
			if (outcome == null) {
				jdbc.sql(
						"delete from delivery_module_result where enrolment_id = :enrolment and programme_module_id = :module")
					.param("enrolment", enrolmentId)
					.param("module", moduleId)
					.update();
				return;
			}
			if (!ResultKind.of(module.type()).outcomes().contains(outcome)) {
				throw new Refusal("delivery.results.invalid");
			}
			jdbc.sql(
					"""
							insert into delivery_module_result (cohort_id, enrolment_id, person_id, programme_module_id, outcome, recorded_at, recorded_by)
							values (:cohort, :enrolment, :person, :module, :outcome, :now, :by)
							on conflict (enrolment_id, programme_module_id) do update
							set outcome = excluded.outcome, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by
							where delivery_module_result.outcome <> excluded.outcome""")
				.param("cohort", cohortId)
				.param("enrolment", enrolmentId)
				.param("person", participant.personId())
				.param("module", moduleId)
				.param("outcome", outcome.name())
				.param("now", Timestamp.from(Instant.now()))
				.param("by", by)
				.update();
		});
		return new ResultLine(participant.enrolmentId(), participant.personId(), participant.name(),
				participant.organisation(), resultsOfCohort(cohortId).getOrDefault(enrolmentId, Map.of()));
	}

	// ---- the board and the decision ----

	/**
	 * Per participant of the cohort: attendance, results, whether the rule is met and why
	 * not, and the decision.
	 */
	@Transactional(readOnly = true)
	public Board board(long cohortId) {
		var roster = cohorts.roster(cohortId);
		var programme = roster.programme();
		var rule = ruleOf(programme.id());
		var sessions = Attendance.sorted(roster.cohort().sessions());
		var days = SessionDays.of(sessions, programme.modules());
		var registered = attendance.ofCohort(cohortId);
		var results = resultsOfCohort(cohortId);
		var decided = completions.findByCohortId(cohortId)
			.stream()
			.collect(Collectors.toMap(Completion::getEnrolmentId, Function.identity()));
		Map<Long, Award> awarded = awards
			.findByCompletionIdIn(decided.values().stream().map(Completion::getId).toList())
			.stream()
			.collect(Collectors.toMap(Award::getCompletionId, Function.identity()));
		var required = programme.modules().stream().filter(m -> rule.requires(m.id())).toList();
		var lines = Attendance.participants(roster).stream().map(l -> {
			var mine = registered.getOrDefault(l.enrolmentId(), Map.of());
			var myResults = results.getOrDefault(l.enrolmentId(), Map.of());
			var check = rule.evaluate(
					sessions.stream()
						.map(s -> new CompletionRule.SessionAttendance(s.id(), days.get(s.id()), mine.get(s.id())))
						.toList(),
					required.stream()
						.map(m -> new CompletionRule.RequiredResult(m.id(), m.title(), ResultKind.of(m.type()),
								myResults.get(m.id())))
						.toList());
			var completion = decided.get(l.enrolmentId());
			Decision decision = null;
			if (completion != null) {
				var award = awarded.get(completion.getId());
				decision = new Decision(completion.getOutcome(), completion.getCompletedOn(), completion.getNote(),
						completion.getDecidedAt(), award == null ? null : award.view());
			}
			return new BoardLine(l, check, mine, myResults, decision);
		}).toList();
		return new Board(roster.cohort(), programme, rule, sessions, resultModules(programme, rule), lines);
	}

	/**
	 * Decides on one participant. "Completed" awards the programme's accreditation and a
	 * certificate; completing someone who does not meet the rule needs a note saying why.
	 * A completion is final.
	 * @return the award when the participant completed, else null
	 * @throws DeliveryRefusedException NOT_A_PARTICIPANT, ALREADY_COMPLETED,
	 * NOTE_REQUIRED, COHORT_CANCELLED
	 */
	@Transactional
	public LearningRecords.@Nullable AwardView decide(long cohortId, long enrolmentId, CompletionOutcome outcome,
			@Nullable String note, @Nullable Long by) {
		var board = board(cohortId);
		if (board.cohort().status() == CohortStatus.CANCELLED) {
			throw new DeliveryRefusedException(DeliveryRefusedException.Reason.COHORT_CANCELLED);
		}
		var line = board.lines()
			.stream()
			.filter(l -> l.participant().enrolmentId() == enrolmentId)
			.findFirst()
			.orElseThrow(() -> new DeliveryRefusedException(DeliveryRefusedException.Reason.NOT_A_PARTICIPANT));
		String kept = note == null || note.isBlank() ? null : note.strip();
		if (outcome == CompletionOutcome.COMPLETED && !line.check().met() && kept == null) {
			throw new DeliveryRefusedException(DeliveryRefusedException.Reason.NOTE_REQUIRED);
		}
		var cohort = board.cohort();
		var completion = completions.findByEnrolmentId(enrolmentId)
			.orElseGet(
					() -> new Completion(cohortId, enrolmentId, line.participant().personId(), cohort.programmeId()));
		LocalDate today = LocalDate.now(cohort.zone());
		LocalDate completedOn = cohort.endDate().isAfter(today) ? today : cohort.endDate();
		completion.decide(outcome, completedOn, line.check().met(), kept, by);
		try {
			completion = completions.saveAndFlush(completion);
		}
		catch (DataIntegrityViolationException ex) {
			// another secretary decided on the same person at the same moment
			throw new OptimisticLockingFailureException("Completion of enrolment " + enrolmentId + " decided twice",
					ex);
		}
		if (outcome != CompletionOutcome.COMPLETED) {
			return null;
		}
		return records.award(completion, cohort, board.programme());
	}

	/**
	 * Marks the cohort completed once every participant has a decision.
	 * @throws DeliveryRefusedException UNDECIDED_PARTICIPANTS, COHORT_CANCELLED
	 */
	@Transactional
	public void closeCohort(long cohortId, long version) {
		var board = board(cohortId);
		if (board.cohort().status() == CohortStatus.CANCELLED) {
			throw new DeliveryRefusedException(DeliveryRefusedException.Reason.COHORT_CANCELLED);
		}
		if (board.undecided() > 0) {
			throw new DeliveryRefusedException(DeliveryRefusedException.Reason.UNDECIDED_PARTICIPANTS);
		}
		if (board.cohort().status() != CohortStatus.COMPLETED) {
			cohorts.complete(cohortId, version);
		}
	}

	private static List<Catalogue.ModuleView> resultModules(Catalogue.ProgrammeView programme, CompletionRule rule) {
		return programme.modules()
			.stream()
			.filter(m -> rule.requires(m.id()) || RESULT_MODULES.contains(m.type()))
			.toList();
	}

	private Map<Long, Map<Long, ResultOutcome>> resultsOfCohort(long cohortId) {
		Map<Long, Map<Long, ResultOutcome>> results = new HashMap<>();
		jdbc.sql(
				"select enrolment_id, programme_module_id, outcome from delivery_module_result where cohort_id = :cohort")
			.param("cohort", cohortId)
			.query((rs, n) -> results.computeIfAbsent(rs.getLong("enrolment_id"), k -> new HashMap<>())
				.put(rs.getLong("programme_module_id"), ResultOutcome.valueOf(rs.getString("outcome"))))
			.list();
		return results;
	}

	/** A programme's rule in its editor. */
	public record RuleEditor(Catalogue.ProgrammeView programme, CompletionRule rule, boolean stored, long version,
			@Nullable Instant updatedAt) {
	}

	public record ResultSheet(Cohorts.CohortView cohort, Catalogue.ProgrammeView programme, CompletionRule rule,
			List<Catalogue.ModuleView> modules, List<ResultLine> lines) {
	}

	/** A participant's results, by programme module id. */
	public record ResultLine(long enrolmentId, long personId, String name, @Nullable String organisation,
			Map<Long, ResultOutcome> results) {
	}

	/** The end-of-cohort board. */
	public record Board(Cohorts.CohortView cohort, Catalogue.ProgrammeView programme, CompletionRule rule,
			List<Cohorts.SessionView> sessions, List<Catalogue.ModuleView> resultModules, List<BoardLine> lines) {

		public long undecided() {
			return lines.stream().filter(l -> l.decision() == null).count();
		}

		public long completed() {
			return lines.stream().filter(l -> l.decision() != null && l.decision().completed()).count();
		}

		public long meetingTheRule() {
			return lines.stream().filter(l -> l.check().met()).count();
		}

		/** The programme's modules that the rule requires, in programme order. */
		public List<Catalogue.ModuleView> requiredModules() {
			return programme.modules().stream().filter(m -> rule.requires(m.id())).toList();
		}
	}

	/**
	 * One participant: the verdict, attendance by session id, results by module id, and
	 * the decision if made.
	 */
	public record BoardLine(CohortRoster.Participant participant, CompletionRule.CompletionCheck check,
			Map<Long, AttendanceStatus> attendance, Map<Long, ResultOutcome> results, @Nullable Decision decision) {
	}

	public record Decision(CompletionOutcome outcome, @Nullable LocalDate completedOn, @Nullable String note,
			Instant decidedAt, LearningRecords.@Nullable AwardView award) {

		public boolean completed() {
			return outcome == CompletionOutcome.COMPLETED;
		}
	}

}
