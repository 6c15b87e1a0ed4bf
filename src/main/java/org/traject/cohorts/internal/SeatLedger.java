package org.traject.cohorts.internal;

import java.sql.Date;
import java.util.NoSuchElementException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.SeatRelease;

/**
 * The cohort row as the enrolment rules use it: a row lock that puts every change to one
 * cohort's enrolments in a line (so waitlist places are handed out one at a time, on
 * every application instance), and the seat counter, which only the database changes,
 * conditionally: a seat is taken only while {@code confirmed_count < capacity}.
 */
@Component
public class SeatLedger {

	private final JdbcClient jdbc;

	SeatLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the cohort until the transaction ends and reads it. "No key update" is enough
	 * to queue the enrolment rules behind each other while leaving foreign-key checks of
	 * other tables unblocked.
	 */
	CohortState lock(long cohortId) {
		return jdbc.sql("""
				select id, programme_id, capacity, confirmed_count, status, seat_release, offer_hours,
				       enrolment_opens, enrolment_closes, start_date, time_zone
				from cohort where id = :id for no key update""")
			.param("id", cohortId)
			.query((rs, n) -> new CohortState(rs.getLong("id"), rs.getLong("programme_id"), rs.getInt("capacity"),
					rs.getInt("confirmed_count"), CohortStatus.valueOf(rs.getString("status")),
					SeatRelease.valueOf(rs.getString("seat_release")), rs.getInt("offer_hours"),
					localDate(rs.getDate("enrolment_opens")), localDate(rs.getDate("enrolment_closes")),
					rs.getDate("start_date").toLocalDate(), rs.getString("time_zone")))
			.optional()
			.orElseThrow(() -> new NoSuchElementException("No cohort " + cohortId));
	}

	/**
	 * Takes a seat if one is free. The database decides: two requests for the last seat
	 * cannot both get it.
	 */
	boolean takeSeat(long cohortId) {
		return jdbc.sql(
				"update cohort set confirmed_count = confirmed_count + 1 where id = :id and confirmed_count < capacity")
			.param("id", cohortId)
			.update() == 1;
	}

	void freeSeat(long cohortId) {
		int updated = jdbc
			.sql("update cohort set confirmed_count = confirmed_count - 1 where id = :id and confirmed_count > 0")
			.param("id", cohortId)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("Cohort " + cohortId + " has no seat taken to free");
		}
	}

	void cancelCohort(long cohortId) {
		jdbc.sql("update cohort set status = 'CANCELLED', version = version + 1 where id = :id")
			.param("id", cohortId)
			.update();
	}

	private static java.time.@org.jspecify.annotations.Nullable LocalDate localDate(
			@org.jspecify.annotations.Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
