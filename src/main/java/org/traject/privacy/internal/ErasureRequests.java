package org.traject.privacy.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Requests for erasure and their state. */
@Repository
public class ErasureRequests {

	/**
	 * An open request, with the person's current name (from the people module's
	 * directory).
	 */
	public record Pending(long id, long personId, String personName, Instant requestedAt, boolean askedByPerson) {
	}

	private final JdbcClient jdbc;

	ErasureRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Opens a request unless the person has one open already.
	 * @return whether a new request was opened
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean open(long personId, long requestedBy) {
		return jdbc.sql("""
				insert into privacy_request (person_id, requested_by, status) values (:person, :by, 'PENDING')
				on conflict (person_id) where status = 'PENDING' do nothing""")
			.param("person", personId)
			.param("by", requestedBy)
			.update() == 1;
	}

	@Transactional(readOnly = true)
	public Optional<Instant> pendingSince(long personId) {
		return jdbc.sql("select requested_at from privacy_request where person_id = :id and status = 'PENDING'")
			.param("id", personId)
			.query((rs, n) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	@Transactional(readOnly = true)
	public List<Pending> pending() {
		return jdbc.sql("""
				select r.id, r.person_id, d.display_name, r.requested_at, r.requested_by = r.person_id as by_person
				from privacy_request r join person_directory d on d.person_id = r.person_id
				where r.status = 'PENDING' order by r.requested_at, r.id""")
			.query((rs, n) -> new Pending(rs.getLong("id"), rs.getLong("person_id"), rs.getString("display_name"),
					rs.getTimestamp("requested_at").toInstant(), rs.getBoolean("by_person")))
			.list();
	}

	/** Locks an open request and answers whose it is; empty when it is not open. */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Long> lockPending(long requestId) {
		return jdbc.sql("select person_id from privacy_request where id = :id and status = 'PENDING' for update")
			.param("id", requestId)
			.query(Long.class)
			.optional();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void decide(long requestId, String status, long decidedBy) {
		jdbc.sql("""
				update privacy_request set status = :status, decided_at = now(), decided_by = :by
				where id = :id and status = 'PENDING'""")
			.param("status", status)
			.param("by", decidedBy)
			.param("id", requestId)
			.update();
	}

	/** Closes whatever request the person has open, when they are erased another way. */
	@Transactional(propagation = Propagation.MANDATORY)
	void closeFor(long personId, long decidedBy) {
		jdbc.sql("""
				update privacy_request set status = 'ERASED', decided_at = now(), decided_by = :by
				where person_id = :id and status = 'PENDING'""").param("id", personId).param("by", decidedBy).update();
	}

	@Transactional(readOnly = true)
	List<Map<String, Object>> about(long personId) {
		return jdbc.sql("""
				select requested_at, status, decided_at from privacy_request
				where person_id = :id order by requested_at, id""").param("id", personId).query().listOfRows();
	}

}
