package org.traject.agenda.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who wants reminders, and each programme's reminder before a session (default
 * {@value #DEFAULT_DAYS} days before, no preparation note).
 */
@Component
public class ReminderSettings {

	public static final int DEFAULT_DAYS = 3;

	private final JdbcClient jdbc;

	ReminderSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A programme's reminder before each session. */
	public record ProgrammeReminder(long programmeId, int daysBefore, String preparation, long version) {
	}

	@Transactional(readOnly = true)
	public boolean wantsReminders(long personId) {
		return !jdbc.sql("select exists (select 1 from reminder_opt_out where person_id = :person)")
			.param("person", personId)
			.query(Boolean.class)
			.single();
	}

	@Transactional
	public void setWantsReminders(long personId, boolean wanted) {
		if (wanted) {
			jdbc.sql("delete from reminder_opt_out where person_id = :person").param("person", personId).update();
		}
		else {
			jdbc.sql("insert into reminder_opt_out (person_id) values (:person) on conflict do nothing")
				.param("person", personId)
				.update();
		}
	}

	@Transactional(readOnly = true)
	public ProgrammeReminder ofProgramme(long programmeId) {
		return jdbc.sql(
				"select programme_id, days_before, preparation, version from programme_reminder where programme_id = :id")
			.param("id", programmeId)
			.query((rs, n) -> new ProgrammeReminder(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4)))
			.optional()
			.orElse(new ProgrammeReminder(programmeId, DEFAULT_DAYS, "", -1));
	}

	/** The settings of these programmes, by id; the default for those never set. */
	@Transactional(readOnly = true)
	public Map<Long, ProgrammeReminder> ofProgrammes(List<Long> programmeIds) {
		var set = jdbc.sql("""
				select programme_id, days_before, preparation, version from programme_reminder
				where programme_id = any(:ids)""")
			.param("ids", programmeIds.toArray(Long[]::new))
			.query((rs, n) -> new ProgrammeReminder(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4)))
			.list()
			.stream()
			.collect(Collectors.toMap(ProgrammeReminder::programmeId, r -> r));
		return programmeIds.stream()
			.distinct()
			.collect(Collectors.toMap(id -> id,
					id -> set.getOrDefault(id, new ProgrammeReminder(id, DEFAULT_DAYS, "", -1))));
	}

	/**
	 * Saves a programme's reminder; false when someone else saved it since
	 * {@code version} was read (-1: never saved).
	 */
	@Transactional
	public boolean save(long programmeId, long version, int daysBefore, String preparation) {
		if (version < 0) {
			return jdbc.sql("""
					insert into programme_reminder (programme_id, days_before, preparation)
					values (:id, :days, :preparation) on conflict do nothing""")
				.param("id", programmeId)
				.param("days", daysBefore)
				.param("preparation", preparation)
				.update() == 1;
		}
		return jdbc.sql("""
				update programme_reminder set days_before = :days, preparation = :preparation, updated_at = now(),
				       version = version + 1
				where programme_id = :id and version = :version""")
			.param("id", programmeId)
			.param("days", daysBefore)
			.param("preparation", preparation)
			.param("version", version)
			.update() == 1;
	}

}
