package org.traject.people;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's own personal data, for the privacy module: what a person's copy of their
 * data shows of the account, and the erasure of the account. Erasing keeps the row (other
 * modules' figures point at its id) but removes everything that names the person, frees
 * the email address for a new account and ends every session.
 */
@Service
public class AccountData {

	/** The display name an erased account shows wherever a name is still asked for. */
	public static final String ERASED_NAME = "—";

	private final JdbcClient jdbc;

	AccountData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The account as stored: address, name, language, work, roles, dates and its history.
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> export(long personId) {
		Map<String, Object> account = new LinkedHashMap<>(jdbc.sql("""
				select p.email, p.display_name, p.preferred_language, p.organisation, p.job_title, p.enabled,
				       p.email_confirmed, p.created_at, p.last_signed_in_at,
				       array_to_string(array(select r.role from person_role r where r.person_id = p.id order by r.role),
				                       ', ') as roles
				from person p where p.id = :id""").param("id", personId).query().singleRow());
		account.put("changes", jdbc.sql("""
				select changed_at, change, before_value, after_value from account_change
				where person_id = :id order by changed_at, id""").param("id", personId).query().listOfRows());
		account.put("links_sent", jdbc.sql("""
				select purpose, created_at, expires_at, used_at from account_token
				where person_id = :id order by created_at, id""").param("id", personId).query().listOfRows());
		return account;
	}

	/**
	 * Erases the account in the caller's transaction: name, address, password, work and
	 * roles go, links and sessions are deleted, and the account can never sign in again.
	 * The address is free at once for a new account.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void erase(long personId, String emailAtErasure) {
		jdbc.sql("delete from spring_session where lower(principal_name) = lower(:email)")
			.param("email", emailAtErasure)
			.update();
		jdbc.sql("delete from account_token where person_id = :id").param("id", personId).update();
		jdbc.sql("delete from sign_in_code where person_id = :id").param("id", personId).update();
		jdbc.sql("delete from user_entities where lower(name) = lower(:email)").param("email", emailAtErasure).update();
		jdbc.sql("delete from person_role where person_id = :id").param("id", personId).update();
		jdbc.sql("""
				update person set email = 'erased-' || id || '@erased.invalid', display_name = :erased,
				       password_hash = null, organisation = null, job_title = null, enabled = false,
				       email_confirmed = false, last_signed_in_at = null, erased_at = now(), version = version + 1
				where id = :id""").param("id", personId).param("erased", ERASED_NAME).update();
	}

	/** Whether the account has been erased. */
	@Transactional(readOnly = true)
	public boolean isErased(long personId) {
		return jdbc.sql("select erased_at is not null from person where id = :id")
			.param("id", personId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * Accounts created before the moment whose address was never confirmed and that never
	 * got a password (a sign-up nobody finished), not yet erased; oldest first, at most
	 * {@code limit}. Staff invitations are not among them: an administrator revokes
	 * those.
	 */
	@Transactional(readOnly = true)
	public List<Long> unconfirmedCreatedBefore(Instant moment, int limit) {
		return jdbc.sql("""
				select id from person
				where not email_confirmed and password_hash is null and erased_at is null and created_at < :moment
				  and not exists (select 1 from person_role r where r.person_id = person.id and r.role <> 'PARTICIPANT')
				order by created_at, id limit :limit""")
			.param("moment", java.sql.Timestamp.from(moment))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

}
