package org.traject.privacy.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every export and erasure: who it concerned, who did it, when, and how many legal holds
 * were kept. Ids and dates only, so the log never holds what was erased.
 */
@Repository
public class PrivacyLog {

	public enum Action {

		EXPORTED, ERASURE_REQUESTED, ERASED, ERASURE_DECLINED, ERASED_BY_RETENTION

	}

	/** One line of the log, with the names as the people module shows them now. */
	public record Entry(Instant occurredAt, Action action, long subjectId, String subjectName,
			@Nullable String actorName, int legalHolds) {
	}

	private final JdbcClient jdbc;

	PrivacyLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void record(Action action, long subjectId, @Nullable Long actorId, int legalHolds) {
		jdbc.sql("""
				insert into privacy_log (action, subject_person_id, actor_person_id, legal_holds)
				values (:action, :subject, :actor, :holds)""")
			.param("action", action.name())
			.param("subject", subjectId)
			.param("actor", actorId)
			.param("holds", legalHolds)
			.update();
	}

	/** The latest entries, newest first. */
	@Transactional(readOnly = true)
	public List<Entry> latest(int limit) {
		return jdbc.sql("""
				select l.occurred_at, l.action, l.subject_person_id, s.display_name as subject_name,
				       a.display_name as actor_name, l.legal_holds
				from privacy_log l
				join person_directory s on s.person_id = l.subject_person_id
				left join person_directory a on a.person_id = l.actor_person_id
				order by l.occurred_at desc, l.id desc limit :limit""")
			.param("limit", limit)
			.query((rs, n) -> new Entry(rs.getTimestamp("occurred_at").toInstant(),
					Action.valueOf(rs.getString("action")), rs.getLong("subject_person_id"),
					rs.getString("subject_name"), rs.getString("actor_name"), rs.getInt("legal_holds")))
			.list();
	}

	/** The entries about one person, oldest first, for their own copy. */
	@Transactional(readOnly = true)
	public List<java.util.Map<String, Object>> about(long personId) {
		return jdbc.sql("""
				select occurred_at, action, legal_holds from privacy_log
				where subject_person_id = :id order by occurred_at, id""").param("id", personId).query().listOfRows();
	}

}
