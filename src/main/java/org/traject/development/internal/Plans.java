package org.traject.development.internal;

import org.traject.development.GoalDetails;

import org.traject.development.ActionStatus;

import org.traject.development.ActionType;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.competencies.CompetencyProfiles;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.people.Role;

/**
 * Changes to development plans, and the one rule of who may read one: its owner, and the
 * coaches and manager it is shared with at this moment (every request asks the database
 * again, so a revoked share takes effect at once). Anybody else gets "not found",
 * administrators included.
 */
@Service
public class Plans {

	private final PlanRepository plans;

	private final GoalRepository goals;

	private final ActionRepository actions;

	private final AssessmentRepository assessments;

	private final CompetencyProfiles profiles;

	private final People people;

	private final JdbcClient jdbc;

	Plans(PlanRepository plans, GoalRepository goals, ActionRepository actions, AssessmentRepository assessments,
			CompetencyProfiles profiles, People people, JdbcClient jdbc) {
		this.plans = plans;
		this.goals = goals;
		this.actions = actions;
		this.assessments = assessments;
		this.profiles = profiles;
		this.people = people;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<Long> planOf(long personId) {
		return plans.findByPersonId(personId).map(DevelopmentPlan::getId);
	}

	/** The person's plan, made on first use; safe when two requests make it at once. */
	@Transactional
	public long ensurePlan(long personId) {
		jdbc.sql(
				"insert into development_plan (person_id, created_at) values (:p, :at) on conflict (person_id) do nothing")
			.param("p", personId)
			.param("at", Timestamp.from(Instant.now()))
			.update();
		return jdbc.sql("select id from development_plan where person_id = :p")
			.param("p", personId)
			.query(Long.class)
			.single();
	}

	/** How the user may read this plan; not found when they may not. */
	@Transactional(readOnly = true)
	public Viewer access(long planId, CurrentUser user) {
		var plan = plans.findById(planId).orElseThrow();
		if (plan.getPersonId() == user.personId()) {
			return Viewer.OWNER;
		}
		var relations = jdbc.sql("""
				select relation from plan_share
				where plan_id = :plan and (person_id = :me or lower(email) = :email)""")
			.param("plan", planId)
			.param("me", user.personId())
			.param("email", People.normaliseEmail(user.email()))
			.query(String.class)
			.list();
		if (relations.contains("COACH") && (user.has(Role.COACH))) {
			return Viewer.COACH;
		}
		if (!relations.isEmpty()) {
			return Viewer.MANAGER;
		}
		throw new NoSuchElementException("plan " + planId + " is not shared with " + user.personId());
	}

	/**
	 * Competencies a goal may develop: those of the profile versions the person has
	 * measured themselves on.
	 */
	@Transactional(readOnly = true)
	/**
	 * Each competency the person was measured on, once, as worded in the most recent
	 * profile version measured that has it: a competency keeps its key across versions,
	 * so five measured versions do not list it five times.
	 */
	public List<CompetencyOption> competencyOptions(long personId, Locale locale) {
		var latest = new LinkedHashMap<UUID, CompetencyOption>();
		measuredCompetencies(personId, locale).forEach(m -> latest.putIfAbsent(m.key(),
				new CompetencyOption(m.option().competencyId(), m.option().competencyName(), m.language())));
		return List.copyOf(latest.values());
	}

	/**
	 * A competency to link a goal to; {@code language} is the one its name is written in
	 * (its profile's).
	 */
	public record CompetencyOption(long competencyId, String competencyName, String language) {
	}

	/**
	 * The options that stand for these competencies: one linked while an earlier profile
	 * version was the latest is shown as the same competency in the most recent version.
	 */
	public List<Long> asOptions(long personId, Collection<Long> competencyIds, Locale locale) {
		var measured = measuredCompetencies(personId, locale);
		var latestByKey = new HashMap<UUID, Long>();
		var keyById = new HashMap<Long, UUID>();
		for (var m : measured) {
			latestByKey.putIfAbsent(m.key(), m.option().competencyId());
			keyById.put(m.option().competencyId(), m.key());
		}
		return competencyIds.stream()
			.map(id -> keyById.containsKey(id) ? latestByKey.get(keyById.get(id)) : id)
			.distinct()
			.toList();
	}

	/**
	 * Every competency of every profile version the person was measured on, the most
	 * recent version first.
	 */
	private List<MeasuredCompetency> measuredCompetencies(long personId, Locale locale) {
		var measured = new ArrayList<MeasuredCompetency>();
		assessments.findByPersonIdOrderByStartedAtDescIdDesc(personId)
			.stream()
			.map(Assessment::getProfileVersionId)
			.distinct()
			.forEach(versionId -> profiles.findVersion(versionId, locale)
				.ifPresent(v -> v.clusters()
					.forEach(c -> c.competencies()
						.forEach(k -> measured.add(new MeasuredCompetency(k.key(),
								new GoalCompetency(k.id(), v.id(), k.name()), v.defaultLanguage()))))));
		return measured;
	}

	private record MeasuredCompetency(UUID key, GoalCompetency option, String language) {
	}

	@Transactional
	public long addGoal(long personId, GoalDetails details, Collection<Long> competencyIds) {
		long planId = ensurePlan(personId);
		return goals.save(new PlanGoal(planId, details, chosen(personId, competencyIds), Instant.now())).getId();
	}

	@Transactional
	public void reviseGoal(long personId, long goalId, long seenVersion, GoalDetails details,
			Collection<Long> competencyIds) {
		var goal = ownGoal(personId, goalId);
		if (goal.getVersion() != seenVersion) {
			throw new OptimisticLockingFailureException("goal " + goalId + " changed");
		}
		goal.revise(details, chosen(personId, competencyIds), Instant.now());
	}

	private List<GoalCompetency> chosen(long personId, Collection<Long> competencyIds) {
		// a goal may still link a competency of an earlier version: every measured
		// version counts here
		var options = measuredCompetencies(personId, Locale.ENGLISH).stream().map(MeasuredCompetency::option).toList();
		var chosen = new ArrayList<GoalCompetency>();
		for (long id : competencyIds) {
			options.stream().filter(o -> o.competencyId() == id).findFirst().ifPresentOrElse(chosen::add, () -> {
				throw new DevelopmentRuleException("development.goal.unknownCompetency");
			});
		}
		return chosen;
	}

	@Transactional(readOnly = true)
	public PlanGoal ownGoal(long personId, long goalId) {
		var goal = goals.findById(goalId).orElseThrow();
		var plan = plans.findById(goal.getPlanId()).orElseThrow();
		if (plan.getPersonId() != personId) {
			throw new NoSuchElementException("goal " + goalId + " is not in the plan of " + personId);
		}
		return goal;
	}

	@Transactional
	public long addAction(long personId, long goalId, ActionType type, String description, @Nullable LocalDate due) {
		ownGoal(personId, goalId);
		return actions.save(new PlanAction(goalId, type, description, due, Instant.now())).getId();
	}

	@Transactional
	public void moveAction(long personId, long goalId, long actionId, long seenVersion, ActionStatus status) {
		ownGoal(personId, goalId);
		var action = actions.findById(actionId).filter(a -> a.getGoalId() == goalId).orElseThrow();
		if (action.getVersion() != seenVersion) {
			throw new OptimisticLockingFailureException("action " + actionId + " changed");
		}
		action.moveTo(status);
	}

	/**
	 * A dated entry of evidence or reflection, with an optional file (already checked
	 * against {@link org.traject.web.UploadedFiles}).
	 */
	@Transactional
	public long addEvidence(long personId, long goalId, LocalDate date, String text, @Nullable Upload file) {
		ownGoal(personId, goalId);
		long id = jdbc.sql("""
				insert into plan_evidence (goal_id, entry_date, text, file_name, content_type, file_size, created_at)
				values (:goal, :date, :text, :name, :type, :size, :at) returning id""")
			.param("goal", goalId)
			.param("date", date)
			.param("text", text.strip())
			.param("name", file == null ? null : file.name(), java.sql.Types.VARCHAR)
			.param("type", file == null ? null : file.contentType(), java.sql.Types.VARCHAR)
			.param("size", file == null ? null : (long) file.data().length, java.sql.Types.BIGINT)
			.param("at", Timestamp.from(Instant.now()))
			.query(Long.class)
			.single();
		if (file != null) {
			jdbc.sql("insert into plan_evidence_file (evidence_id, data) values (:id, :data)")
				.param("id", id)
				.param("data", file.data())
				.update();
		}
		return id;
	}

	/**
	 * The file of an evidence entry, for its owner and the people the plan is shared
	 * with.
	 */
	@Transactional(readOnly = true)
	public Upload evidenceFile(long evidenceId, CurrentUser user) {
		long planId = jdbc.sql("""
				select g.plan_id from plan_evidence e join plan_goal g on g.id = e.goal_id
				where e.id = :id and e.file_name is not null""")
			.param("id", evidenceId)
			.query(Long.class)
			.optional()
			.orElseThrow();
		access(planId, user);
		return jdbc.sql("""
				select e.file_name, e.content_type, f.data from plan_evidence e
				join plan_evidence_file f on f.evidence_id = e.id where e.id = :id""")
			.param("id", evidenceId)
			.query((rs, n) -> new Upload(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.single();
	}

	/** Shares with a person who holds the coach role. Sharing twice changes nothing. */
	@Transactional
	public void shareWithCoach(long personId, long coachId) {
		var coach = people.findById(coachId)
			.filter(p -> p.roles().contains(Role.COACH))
			.orElseThrow(() -> new DevelopmentRuleException("development.share.notACoach"));
		if (coach.id() == personId) {
			throw new DevelopmentRuleException("development.share.notYourself");
		}
		share(personId, "COACH", coach.id(), coach.email(), coach.displayName());
	}

	/**
	 * Shares with the manager by email: they read it once signed in with that address,
	 * now or later.
	 */
	@Transactional
	public void shareWithManager(long personId, String email, String name) {
		var owner = people.findById(personId).orElseThrow();
		String normalised = People.normaliseEmail(email);
		if (owner.email().equals(normalised)) {
			throw new DevelopmentRuleException("development.share.notYourself");
		}
		var account = people.findByEmail(normalised);
		share(personId, "MANAGER", account.map(People.PersonView::id).orElse(null), normalised,
				name.isBlank() ? account.map(People.PersonView::displayName).orElse(normalised) : name.strip());
	}

	private void share(long personId, String relation, @Nullable Long sharedWith, String email, String name) {
		long planId = ensurePlan(personId);
		int added = jdbc.sql("""
				insert into plan_share (plan_id, relation, person_id, email, name, shared_at)
				values (:plan, :relation, :person, :email, :name, :at) on conflict do nothing""")
			.param("plan", planId)
			.param("relation", relation)
			.param("person", sharedWith, java.sql.Types.BIGINT)
			.param("email", email)
			.param("name", name)
			.param("at", Timestamp.from(Instant.now()))
			.update();
		if (added == 0) {
			throw new DevelopmentRuleException("development.share.already");
		}
	}

	/**
	 * Takes a share back; from the next request on, that person no longer sees the plan.
	 */
	@Transactional
	public void revoke(long personId, long shareId) {
		long planId = planOf(personId).orElseThrow();
		int removed = jdbc.sql("delete from plan_share where id = :id and plan_id = :plan")
			.param("id", shareId)
			.param("plan", planId)
			.update();
		if (removed == 0) {
			throw new NoSuchElementException("share " + shareId);
		}
	}

	/** People who hold the coach role, for the participant to pick from. */
	@Transactional(readOnly = true)
	public List<CoachOption> coaches() {
		return jdbc.sql("""
				select person_id, display_name, organisation from person_directory
				where coach and enabled order by display_name, person_id""")
			.query((rs, n) -> new CoachOption(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** A coach's comment on a goal of a plan shared with them. */
	@Transactional
	public void comment(CurrentUser coach, long planId, long goalId, String text) {
		requireCoach(coach, planId);
		var goal = goals.findById(goalId).filter(g -> g.getPlanId() == planId).orElseThrow();
		jdbc.sql("""
				insert into goal_comment (goal_id, author_id, author_name, text, created_at)
				values (:goal, :author, :name, :text, :at)""")
			.param("goal", goal.getId())
			.param("author", coach.personId())
			.param("name", coach.displayName())
			.param("text", text.strip())
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	/** A coaching session: its notes are read only by this coach and the participant. */
	@Transactional
	public void recordSession(CurrentUser coach, long planId, LocalDate heldOn, String notes) {
		requireCoach(coach, planId);
		jdbc.sql("""
				insert into coaching_session (plan_id, coach_id, coach_name, held_on, notes, created_at)
				values (:plan, :coach, :name, :date, :notes, :at)""")
			.param("plan", planId)
			.param("coach", coach.personId())
			.param("name", coach.displayName())
			.param("date", heldOn)
			.param("notes", notes.strip())
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	private void requireCoach(CurrentUser user, long planId) {
		if (access(planId, user) != Viewer.COACH) {
			throw new NoSuchElementException("plan " + planId + " is not shared with coach " + user.personId());
		}
	}

	public record Upload(String name, String contentType, byte[] data) {
	}

	public record CoachOption(long id, String name, @Nullable String organisation) {
	}

}
