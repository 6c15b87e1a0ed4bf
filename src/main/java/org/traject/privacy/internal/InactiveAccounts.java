package org.traject.privacy.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.people.People;
import org.traject.privacy.InactiveAccountWarned;

/**
 * Retention of accounts nobody uses: a participant account not signed into for
 * {@code traject.retention.inactive-years} (5 by default) is warned by email
 * {@code traject.retention.inactivity-warning} (30 days) before, and erased then unless
 * the person signed in meanwhile. Staff accounts are ended by an administrator, never by
 * retention. Reads the people module's published {@code person_activity} view.
 */
@Component
class InactiveAccounts {

	private final JdbcClient jdbc;

	private final People people;

	private final ApplicationEventPublisher events;

	private final int years;

	private final Duration warning;

	InactiveAccounts(JdbcClient jdbc, People people, ApplicationEventPublisher events,
			@Value("${traject.retention.inactive-years:5}") int years,
			@Value("${traject.retention.inactivity-warning:30d}") Duration warning) {
		this.jdbc = jdbc;
		this.people = people;
		this.events = events;
		this.years = years;
		this.warning = warning;
	}

	/** The moment before which an account's last use makes it inactive. */
	Instant threshold(Instant now) {
		return now.atOffset(ZoneOffset.UTC).minusYears(years).toInstant();
	}

	/**
	 * Warns the next batch of people who will be inactive for the whole period by the
	 * time the warning runs out and have no valid warning yet.
	 * @return how many were warned
	 */
	@Transactional
	int warn(Instant now, int batch) {
		var due = jdbc.sql("""
				select a.person_id from person_activity a
				left join inactivity_warning w on w.person_id = a.person_id
				where not a.erased and not a.staff and a.last_active_at < :soon
				  and (w.person_id is null or w.warned_at < a.last_active_at)
				order by a.last_active_at, a.person_id limit :batch""")
			.param("soon", Timestamp.from(threshold(now).plus(warning)))
			.param("batch", batch)
			.query(Long.class)
			.list();
		Instant eraseOn = now.plus(warning);
		for (long personId : due) {
			var person = people.findById(personId).orElseThrow();
			jdbc.sql("""
					insert into inactivity_warning (person_id, warned_at, erase_after) values (:person, :now, :erase)
					on conflict (person_id) do update set warned_at = excluded.warned_at,
					                                      erase_after = excluded.erase_after""")
				.param("person", personId)
				.param("now", Timestamp.from(now))
				.param("erase", Timestamp.from(eraseOn))
				.update();
			events.publishEvent(new InactiveAccountWarned(personId, person.email(), person.displayName(),
					person.preferredLanguage(), eraseOn));
		}
		return due.size();
	}

	/**
	 * People warned whose warning ran out without a sign-in since, and who are inactive
	 * for the whole period: to be erased.
	 */
	@Transactional(readOnly = true)
	List<Long> dueForErasure(Instant now, int batch) {
		return jdbc.sql("""
				select w.person_id from inactivity_warning w join person_activity a on a.person_id = w.person_id
				where not a.erased and not a.staff and w.warned_at >= a.last_active_at and w.erase_after <= :now
				  and a.last_active_at < :threshold
				order by w.erase_after, w.person_id limit :batch""")
			.param("now", Timestamp.from(now))
			.param("threshold", Timestamp.from(threshold(now)))
			.param("batch", batch)
			.query(Long.class)
			.list();
	}

}
