package org.traject.development.internal;

import org.traject.development.ActionStatus;

import org.traject.development.ActionType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A whole plan as a page shows it: one statement per kind of row (goals, their
 * competencies, actions, evidence, comments, sessions, shares), so the page costs the
 * same however many goals it holds.
 */
@Component
public class PlanQueries {

	private final JdbcClient jdbc;

	PlanQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param viewer how the reader relates to the plan (checked by the caller): coaching
	 * notes are shown to the owner and to the coach who wrote them only, the list of
	 * shares to the owner only
	 */
	@Transactional(readOnly = true)
	public PlanPage page(long planId, Viewer viewer, long viewerId) {
		var owner = jdbc.sql("""
				select p.person_id, n.display_name, n.preferred_language from development_plan p
				join person_directory n on n.person_id = p.person_id where p.id = :plan""")
			.param("plan", planId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3) })
			.single();
		Map<Long, GoalBuilder> goals = new LinkedHashMap<>();
		jdbc.sql("""
				select id, title, description, success_criteria, target_date, version from plan_goal
				where plan_id = :plan order by id""").param("plan", planId).query(rs -> {
			long id = rs.getLong("id");
			goals.put(id,
					new GoalBuilder(id, rs.getString("title"), rs.getString("description"),
							rs.getString("success_criteria"), rs.getObject("target_date", LocalDate.class),
							rs.getLong("version")));
		});
		if (!goals.isEmpty()) {
			jdbc.sql("""
					select c.goal_id, c.competency_id, c.profile_version_id, c.competency_name
					from plan_goal_competency c join plan_goal g on g.id = c.goal_id
					where g.plan_id = :plan order by c.competency_name""").param("plan", planId).query(rs -> {
				goals.get(rs.getLong(1)).competencies
					.add(new GoalCompetency(rs.getLong(2), rs.getLong(3), rs.getString(4)));
			});
			jdbc.sql("""
					select a.goal_id, a.id, a.type, a.description, a.due_date, a.status, a.version
					from plan_action a join plan_goal g on g.id = a.goal_id
					where g.plan_id = :plan order by a.due_date nulls last, a.id""").param("plan", planId).query(rs -> {
				goals.get(rs.getLong(1)).actions
					.add(new ActionView(rs.getLong(2), ActionType.valueOf(rs.getString(3)), rs.getString(4),
							rs.getObject(5, LocalDate.class), ActionStatus.valueOf(rs.getString(6)), rs.getLong(7)));
			});
			jdbc.sql("""
					select e.goal_id, e.id, e.entry_date, e.text, e.file_name, e.content_type, e.file_size
					from plan_evidence e join plan_goal g on g.id = e.goal_id
					where g.plan_id = :plan order by e.entry_date, e.id""").param("plan", planId).query(rs -> {
				goals.get(rs.getLong(1)).evidence.add(new EvidenceView(rs.getLong(2), rs.getObject(3, LocalDate.class),
						rs.getString(4), rs.getString(5), rs.getString(6), (Long) rs.getObject(7)));
			});
			jdbc.sql("""
					select c.goal_id, c.id, c.author_name, c.text, c.created_at
					from goal_comment c join plan_goal g on g.id = c.goal_id
					where g.plan_id = :plan order by c.created_at, c.id""").param("plan", planId).query(rs -> {
				goals.get(rs.getLong(1)).comments
					.add(new CommentView(rs.getLong(2), rs.getString(3), rs.getString(4), instant(rs, 5)));
			});
			if (viewer != Viewer.MANAGER) {
				// discussed in coaching: like the coaching notes, for the owner and that
				// coach
				jdbc.sql("""
						select d.goal_id, d.held_at, coalesce(n.display_name, '—')
						from plan_goal_discussion d join plan_goal g on g.id = d.goal_id
						left join person_directory n on n.person_id = d.coach_person_id
						where g.plan_id = :plan and (:owner or d.coach_person_id = :viewer)
						order by d.held_at, d.appointment_id""")
					.param("plan", planId)
					.param("owner", viewer.isOwner())
					.param("viewer", viewerId)
					.query(rs -> {
						goals.get(rs.getLong(1)).discussions.add(new DiscussionView(instant(rs, 2), rs.getString(3)));
					});
			}
		}
		List<SessionView> sessions = viewer == Viewer.MANAGER ? List.of()
				: jdbc.sql("""
						select id, coach_name, held_on, notes from coaching_session
						where plan_id = :plan and (:owner or coach_id = :viewer) order by held_on desc, id desc""")
					.param("plan", planId)
					.param("owner", viewer.isOwner())
					.param("viewer", viewerId)
					.query((rs, n) -> new SessionView(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
							rs.getString(4)))
					.list();
		List<ShareView> shares = !viewer.isOwner() ? List.of() : shares(planId);
		return new PlanPage(planId, (Long) owner[0], (String) owner[1],
				goals.values().stream().map(g -> g.build((String) owner[2])).toList(), sessions, shares);
	}

	@Transactional(readOnly = true)
	public List<ShareView> shares(long planId) {
		return jdbc.sql("""
				select id, relation, email, name, shared_at, person_id from plan_share where plan_id = :plan
				order by relation, name, id""")
			.param("plan", planId)
			.query((rs, n) -> new ShareView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					instant(rs, 5), rs.getObject(6, Long.class)))
			.list();
	}

	/**
	 * Goals and actions done / all, for a start page; empty when the person has no plan
	 * yet.
	 */
	@Transactional(readOnly = true)
	public Optional<Progress> progress(long personId) {
		return jdbc.sql("""
				select p.id,
				       (select count(*) from plan_goal g where g.plan_id = p.id),
				       (select count(*) from plan_action a join plan_goal g on g.id = a.goal_id where g.plan_id = p.id),
				       (select count(*) from plan_action a join plan_goal g on g.id = a.goal_id
				         where g.plan_id = p.id and a.status = 'DONE')
				from development_plan p where p.person_id = :person""")
			.param("person", personId)
			.query((rs, n) -> new Progress(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
			.optional();
	}

	/**
	 * Plans shared with this person, with their owner and the latest change, for the
	 * coach's and manager's lists.
	 */
	@Transactional(readOnly = true)
	public List<SharedPlan> sharedWith(long personId, String email, @Nullable String relation) {
		return jdbc.sql("""
				select p.id, n.display_name, n.organisation, s.relation, s.shared_at,
				       (select count(*) from plan_goal g where g.plan_id = p.id),
				       (select count(*) from plan_action a join plan_goal g on g.id = a.goal_id where g.plan_id = p.id),
				       (select count(*) from plan_action a join plan_goal g on g.id = a.goal_id
				         where g.plan_id = p.id and a.status = 'DONE'),
				       greatest(s.shared_at,
				                (select max(g.updated_at) from plan_goal g where g.plan_id = p.id),
				                (select max(e.created_at) from plan_evidence e join plan_goal g on g.id = e.goal_id
				                  where g.plan_id = p.id),
				                (select max(a.created_at) from plan_action a join plan_goal g on g.id = a.goal_id
				                  where g.plan_id = p.id)) as changed
				from plan_share s
				join development_plan p on p.id = s.plan_id
				join person_directory n on n.person_id = p.person_id
				where (s.person_id = :person or lower(s.email) = :email)
				  and (cast(:relation as text) is null or s.relation = :relation)
				order by changed desc, n.display_name""")
			.param("person", personId)
			.param("email", email.toLowerCase(java.util.Locale.ROOT))
			.param("relation", relation, java.sql.Types.VARCHAR)
			.query((rs, n) -> new SharedPlan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(6), rs.getInt(7), rs.getInt(8), instant(rs, 9)))
			.list();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	public record PlanPage(long id, long ownerId, String ownerName, List<GoalView> goals, List<SessionView> sessions,
			List<ShareView> shares) {

		public int actionCount() {
			return goals.stream().mapToInt(g -> g.actions().size()).sum();
		}

		public int actionsDone() {
			return goals.stream().mapToInt(GoalView::done).sum();
		}

		public Optional<GoalView> goal(long goalId) {
			return goals.stream().filter(g -> g.id() == goalId).findFirst();
		}
	}

	/**
	 * @param language the language the plan's owner writes in, as far as Traject knows it
	 * (the language they chose), so that a screen reader reads their goal in that voice
	 * on a page in another language
	 */
	public record GoalView(long id, String title, @Nullable String description, @Nullable String successCriteria,
			@Nullable LocalDate targetDate, long version, List<GoalCompetency> competencies, List<ActionView> actions,
			List<EvidenceView> evidence, List<CommentView> comments, List<DiscussionView> discussions,
			String language) {

		public int done() {
			return (int) actions.stream().filter(a -> a.status() == ActionStatus.DONE).count();
		}
	}

	public record ActionView(long id, ActionType type, String description, @Nullable LocalDate dueDate,
			ActionStatus status, long version) {
	}

	public record EvidenceView(long id, LocalDate date, String text, @Nullable String fileName,
			@Nullable String contentType, @Nullable Long fileSize) {

		public boolean hasFile() {
			return fileName != null;
		}

		/** "245 KB", "1.2 MB": rounded up so a tiny file never reads as 0. */
		public String size() {
			long bytes = fileSize == null ? 0 : fileSize;
			if (bytes < 1024 * 1024) {
				return Math.max(1, (bytes + 1023) / 1024) + " KB";
			}
			return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
		}
	}

	public record CommentView(long id, String authorName, String text, Instant createdAt) {
	}

	/** The goal was discussed in a coaching appointment held then, with that coach. */
	public record DiscussionView(Instant heldAt, String coachName) {

		/** The day it was held, where the reader reads it. */
		public LocalDate heldOn(String zone) {
			return heldAt.atZone(java.time.ZoneId.of(zone)).toLocalDate();
		}
	}

	public record SessionView(long id, String coachName, LocalDate heldOn, String notes) {
	}

	/**
	 * @param personId the account shared with, when the address has one
	 */
	public record ShareView(long id, String relation, String email, String name, Instant sharedAt,
			@Nullable Long personId) {
	}

	public record Progress(long planId, int goals, int actions, int actionsDone) {
	}

	public record SharedPlan(long planId, String ownerName, @Nullable String organisation, String relation, int goals,
			int actions, int actionsDone, Instant changedAt) {
	}

	private static final class GoalBuilder {

		final long id;

		final String title;

		final @Nullable String description;

		final @Nullable String criteria;

		final @Nullable LocalDate target;

		final long version;

		final List<GoalCompetency> competencies = new ArrayList<>();

		final List<ActionView> actions = new ArrayList<>();

		final List<EvidenceView> evidence = new ArrayList<>();

		final List<CommentView> comments = new ArrayList<>();

		final List<DiscussionView> discussions = new ArrayList<>();

		GoalBuilder(long id, String title, @Nullable String description, @Nullable String criteria,
				@Nullable LocalDate target, long version) {
			this.id = id;
			this.title = title;
			this.description = description;
			this.criteria = criteria;
			this.target = target;
			this.version = version;
		}

		GoalView build(String language) {
			return new GoalView(id, title, description, criteria, target, version, List.copyOf(competencies),
					List.copyOf(actions), List.copyOf(evidence), List.copyOf(comments), List.copyOf(discussions),
					language);
		}

	}

}
