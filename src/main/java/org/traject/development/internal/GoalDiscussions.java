package org.traject.development.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.development.SharedGoal;

/**
 * Goals linked to held coaching appointments ({@code plan_goal_discussion}): what the
 * {@link org.traject.development.CoachingGoals} facade offers the coaching module. A plan
 * is open to a coach for this while the participant shares it with that coach's account.
 */
@Component
public class GoalDiscussions {

	private final JdbcClient jdbc;

	GoalDiscussions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<List<SharedGoal>> goalsFor(long coachId, long participantId, long appointmentId) {
		return sharedPlan(coachId, participantId).map(plan -> jdbc
			.sql("""
					select g.id, g.title, coalesce(n.preferred_language, 'nl'),
					       exists (select 1 from plan_goal_discussion d where d.goal_id = g.id and d.appointment_id = :appointment)
					from plan_goal g
					join development_plan p on p.id = g.plan_id
					left join person_directory n on n.person_id = p.person_id
					where g.plan_id = :plan order by g.id""")
			.param("plan", plan)
			.param("appointment", appointmentId)
			.query((rs, n) -> new SharedGoal(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.list());
	}

	@Transactional
	public void link(long coachId, long participantId, long appointmentId, Instant heldAt, Collection<Long> goalIds) {
		long plan = requireSharedPlan(coachId, participantId);
		var wanted = new LinkedHashSet<>(goalIds);
		int own = jdbc.sql("select count(*) from plan_goal where plan_id = :plan and id = any(:ids)")
			.param("plan", plan)
			.param("ids", wanted.toArray(Long[]::new))
			.query(Integer.class)
			.single();
		if (own != wanted.size()) {
			throw new NoSuchElementException("Not all of " + wanted + " are goals of plan " + plan);
		}
		jdbc.sql(
				"""
						insert into plan_goal_discussion (goal_id, appointment_id, coach_person_id, held_at, linked_at)
						select g.id, :appointment, :coach, :held, now() from plan_goal g where g.plan_id = :plan and g.id = any(:ids)
						on conflict (goal_id, appointment_id) do nothing""")
			.param("appointment", appointmentId)
			.param("coach", coachId)
			.param("held", Timestamp.from(heldAt))
			.param("plan", plan)
			.param("ids", wanted.toArray(Long[]::new))
			.update();
	}

	@Transactional
	public void unlink(long coachId, long participantId, long appointmentId, long goalId) {
		long plan = requireSharedPlan(coachId, participantId);
		int removed = jdbc
			.sql("""
					delete from plan_goal_discussion d using plan_goal g
					where g.id = d.goal_id and g.plan_id = :plan and d.goal_id = :goal and d.appointment_id = :appointment""")
			.param("plan", plan)
			.param("goal", goalId)
			.param("appointment", appointmentId)
			.update();
		if (removed == 0) {
			throw new NoSuchElementException("Goal " + goalId + " is not linked to appointment " + appointmentId);
		}
	}

	@Transactional
	public void forget(long appointmentId) {
		jdbc.sql("delete from plan_goal_discussion where appointment_id = :appointment")
			.param("appointment", appointmentId)
			.update();
	}

	private long requireSharedPlan(long coachId, long participantId) {
		return sharedPlan(coachId, participantId).orElseThrow(
				() -> new NoSuchElementException("The plan of " + participantId + " is not shared with " + coachId));
	}

	/**
	 * A coach's share always names their account (plan_share's check), never only an
	 * address.
	 */
	private Optional<Long> sharedPlan(long coachId, long participantId) {
		return jdbc.sql("""
				select p.id from development_plan p
				where p.person_id = :participant
				  and exists (select 1 from plan_share s
				              where s.plan_id = p.id and s.relation = 'COACH' and s.person_id = :coach)""")
			.param("participant", participantId)
			.param("coach", coachId)
			.query(Long.class)
			.optional();
	}

}
