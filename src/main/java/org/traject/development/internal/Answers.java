package org.traject.development.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The answers of a measurement, one row per competency. Saved with an upsert that only
 * succeeds while the measurement is in progress, so two tabs saving different
 * competencies both keep their answers, and nothing changes once it is handed in.
 */
@Component
public class Answers {

	private final JdbcClient jdbc;

	Answers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<Long, Answer> of(long assessmentId) {
		var answers = new LinkedHashMap<Long, Answer>();
		jdbc.sql("""
				select competency_id, current_level, affinity, comment from assessment_answer
				where assessment_id = :id""")
			.param("id", assessmentId)
			.query((rs, n) -> new Answer(rs.getLong(1), (Integer) rs.getObject(2), (Integer) rs.getObject(3),
					rs.getString(4)))
			.list()
			.forEach(a -> answers.put(a.competencyId(), a));
		return answers;
	}

	/** False when the measurement is no longer in progress (then nothing is saved). */
	boolean save(long assessmentId, Answer answer, Instant at) {
		return jdbc
			.sql("""
					insert into assessment_answer (assessment_id, competency_id, current_level, affinity, comment, updated_at)
					select :id, :competency, :level, :affinity, :comment, :at
					where exists (select 1 from assessment where id = :id and status = 'IN_PROGRESS')
					on conflict (assessment_id, competency_id) do update
					set current_level = excluded.current_level, affinity = excluded.affinity,
					    comment = excluded.comment, updated_at = excluded.updated_at""")
			.param("id", assessmentId)
			.param("competency", answer.competencyId())
			.param("level", answer.currentLevel(), java.sql.Types.INTEGER)
			.param("affinity", answer.affinity(), java.sql.Types.INTEGER)
			.param("comment", answer.comment(), java.sql.Types.VARCHAR)
			.param("at", java.sql.Timestamp.from(at))
			.update() == 1;
	}

	int countComplete(long assessmentId) {
		return jdbc.sql("""
				select count(*) from assessment_answer
				where assessment_id = :id and current_level is not null and affinity is not null""")
			.param("id", assessmentId)
			.query(Integer.class)
			.single();
	}

	/**
	 * A competency's answer; either part may still be missing while the measurement is in
	 * progress.
	 */
	public record Answer(long competencyId, @Nullable Integer currentLevel, @Nullable Integer affinity,
			@Nullable String comment) {

		public boolean complete() {
			return currentLevel != null && affinity != null;
		}
	}

}
