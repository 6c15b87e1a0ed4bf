package org.traject.development.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.web.UploadedFiles;
import org.traject.privacy.PersonalData;
import org.traject.privacy.JdbcPersonalDataContributor;

/**
 * The development module's share of a person's data: measurements with their answers and
 * the feedback received, exactly as the results page shows it (the manager's ratings, the
 * peers' only as an average once enough answered, never who gave what), and the
 * development plan with goals, actions, evidence and its files, comments, coaching
 * sessions, the coaching appointments a goal was discussed in, and sharing.
 * <p>
 * Erasure deletes the measurements and the plan outright (no report counts them), and
 * removes the person's name and address where they acted for someone else: comments and
 * coaching notes they wrote as a coach keep their text for the participant but no longer
 * name them, goals they linked to a coaching appointment keep the date but not the
 * coach's name, feedback they gave stays anonymous, and plans shared with them are no
 * longer shared. Their looks at others' plans stay on those plans' record (ids and times,
 * the name now "—"), so the owners still see that their plan was looked at.
 */
@Component
class DevelopmentPersonalData extends JdbcPersonalDataContributor {

	private static final String PLAN_OF_PERSON = "(select id from development_plan where person_id = :person)";

	private static final String GOALS_OF_PERSON = "(select g.id from plan_goal g join development_plan p on p.id = g.plan_id where p.person_id = :person)";

	private final Measurements measurements;

	private final MeasurementResults results;

	DevelopmentPersonalData(JdbcClient jdbc, Measurements measurements, MeasurementResults results) {
		super(jdbc, "development", "assessment", "assessment_answer", "feedback_invitation", "feedback_rating",
				"development_plan", "plan_goal", "plan_goal_competency", "plan_action", "plan_evidence",
				"plan_evidence_file", "goal_comment", "coaching_session", "plan_share", "plan_view",
				"plan_goal_discussion");
		this.measurements = measurements;
		this.results = results;
	}

	@Override
	public PersonalData export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("measurements", measurements(subject));
		List<PersonalData.File> files = new ArrayList<>();
		data.put("development_plan", plan(subject, files));
		return new PersonalData(data, files);
	}

	private List<Map<String, Object>> measurements(DataSubject subject) {
		List<Map<String, Object>> list = new ArrayList<>();
		for (Assessment assessment : measurements.of(subject.personId())) {
			var shown = results.of(assessment, subject.language(), false);
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("profile", shown.profile().name());
			m.put("status", assessment.getStatus().name());
			m.put("started_at", assessment.getStartedAt());
			m.put("submitted_at", assessment.getSubmittedAt());
			m.put("manager_responses", shown.others().managerResponses());
			m.put("peer_responses", shown.others().peerResponses());
			List<Map<String, Object>> rows = new ArrayList<>();
			for (ResultRow row : shown.rows()) {
				Map<String, Object> r = new LinkedHashMap<>();
				r.put("cluster", row.cluster());
				r.put("competency", row.name());
				r.put("target_level", row.target());
				r.put("own_level", row.self());
				r.put("affinity", row.affinityOrNull());
				r.put("comment", row.comment());
				r.put("manager_level", row.manager());
				r.put("peers_average", row.peers());
				rows.add(r);
			}
			m.put("answers", rows);
			m.put("feedback_invitations",
					jdbc.sql("""
							select relation, status, invited_at, expires_at, answered_at, withdrawn_at
							from feedback_invitation where assessment_id = :id order by invited_at, id""")
						.param("id", assessment.getId())
						.query()
						.listOfRows());
			list.add(m);
		}
		return list;
	}

	private Map<String, Object> plan(DataSubject subject, List<PersonalData.File> files) {
		Map<String, Object> plan = new LinkedHashMap<>();
		var goals = rows(subject, """
				select g.id, g.title, g.description, g.success_criteria, g.target_date, g.created_at, g.updated_at,
				       array_to_string(array(select c.competency_name from plan_goal_competency c
				                             where c.goal_id = g.id order by c.competency_name), ', ') as competencies
				from plan_goal g join development_plan p on p.id = g.plan_id
				where p.person_id = :person order by g.id""");
		List<Map<String, Object>> goalList = new ArrayList<>();
		for (var row : goals) {
			Map<String, Object> goal = new LinkedHashMap<>(row);
			Object id = row.get("id");
			goal.put("actions", jdbc.sql("""
					select type, description, due_date, status, created_at from plan_action
					where goal_id = :id order by id""").param("id", id).query().listOfRows());
			var evidence = jdbc.sql("""
					select e.id, e.entry_date, e.text, e.file_name, e.content_type, e.file_size, e.created_at, f.data
					from plan_evidence e left join plan_evidence_file f on f.evidence_id = e.id
					where e.goal_id = :id order by e.entry_date, e.id""").param("id", id).query().listOfRows();
			List<Map<String, Object>> evidenceList = new ArrayList<>();
			for (var entry : evidence) {
				Map<String, Object> e = new LinkedHashMap<>(entry);
				Object bytes = e.remove("data");
				if (bytes instanceof byte[] content && e.get("file_name") != null) {
					String name = "evidence-" + e.get("id") + "-" + UploadedFiles.safeName((String) e.get("file_name"));
					files.add(new PersonalData.File(name, content));
					e.put("file_in_archive", "development/" + name);
				}
				evidenceList.add(e);
			}
			goal.put("evidence", evidenceList);
			goal.put("comments", jdbc.sql("""
					select author_name, text, created_at from goal_comment where goal_id = :id
					order by created_at, id""").param("id", id).query().listOfRows());
			goal.put("discussed_in_coaching", jdbc.sql("""
					select d.held_at, coalesce(n.display_name, '—') as coach, d.linked_at from plan_goal_discussion d
					left join person_directory n on n.person_id = d.coach_person_id
					where d.goal_id = :id order by d.held_at, d.appointment_id""")
				.param("id", id)
				.query()
				.listOfRows());
			goalList.add(goal);
		}
		plan.put("goals", goalList);
		plan.put("coaching_sessions", rows(subject, """
				select s.coach_name, s.held_on, s.notes, s.created_at from coaching_session s
				join development_plan p on p.id = s.plan_id where p.person_id = :person order by s.held_on, s.id"""));
		plan.put("shared_with", rows(subject, """
				select s.relation, s.name, s.email, s.shared_at from plan_share s
				join development_plan p on p.id = s.plan_id where p.person_id = :person order by s.shared_at, s.id"""));
		plan.put("looked_at_by", rows(subject, """
				select d.display_name as name, v.relation, v.viewed_on, v.first_viewed_at, v.last_viewed_at, v.views
				from plan_view v join development_plan p on p.id = v.plan_id
				join person_directory d on d.person_id = v.viewer_person_id
				where p.person_id = :person order by v.viewed_on, v.first_viewed_at"""));
		// as a coach: when they linked others' goals to appointments, not whose or which
		plan.put("goals_you_linked_to_coaching", rows(subject, """
				select held_at, linked_at from plan_goal_discussion where coach_person_id = :person
				order by held_at, linked_at"""));
		// plans of others this person looked at, as coach or manager: when, not whose
		plan.put("plans_you_looked_at", rows(subject, """
				select relation, viewed_on, first_viewed_at, last_viewed_at, views from plan_view
				where viewer_person_id = :person order by viewed_on, first_viewed_at"""));
		return plan;
	}

	@Override
	public void erase(DataSubject subject) {
		// the plan and everything in it
		update(subject,
				"delete from plan_evidence_file where evidence_id in (select id from plan_evidence where goal_id in "
						+ GOALS_OF_PERSON + ")");
		update(subject, "delete from plan_evidence where goal_id in " + GOALS_OF_PERSON);
		update(subject, "delete from goal_comment where goal_id in " + GOALS_OF_PERSON);
		update(subject, "delete from plan_goal_discussion where goal_id in " + GOALS_OF_PERSON);
		update(subject, "delete from plan_action where goal_id in " + GOALS_OF_PERSON);
		update(subject, "delete from plan_goal_competency where goal_id in " + GOALS_OF_PERSON);
		update(subject, "delete from plan_goal where plan_id in " + PLAN_OF_PERSON);
		update(subject, "delete from coaching_session where plan_id in " + PLAN_OF_PERSON);
		update(subject, "delete from plan_share where plan_id in " + PLAN_OF_PERSON);
		update(subject, "delete from plan_view where plan_id in " + PLAN_OF_PERSON);
		update(subject, "delete from development_plan where person_id = :person");
		// the measurements, their answers and the feedback on them
		update(subject,
				"delete from feedback_invitation where assessment_id in (select id from assessment where person_id = :person)");
		update(subject, "delete from assessment where person_id = :person");
		// where the person acted for others
		update(subject, "update goal_comment set author_name = '—' where author_id = :person");
		update(subject, "update coaching_session set coach_name = '—' where coach_id = :person");
		update(subject, "update plan_goal_discussion set coach_person_id = null where coach_person_id = :person");
		update(subject, "delete from plan_share where person_id = :person");
		update(subject, "delete from plan_share where lower(email) = lower(:email)");
		update(subject, """
				update feedback_invitation set name = '—', email = 'erased-' || id || '@erased.invalid'
				where lower(email) = lower(:email)""");
	}

}
