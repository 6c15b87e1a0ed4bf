package org.traject.privacy.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.people.AccountData;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.JdbcPersonalDataContributor;

/**
 * The account itself (people module) and this module's own records about the person. The
 * people module cannot implement the SPI (privacy depends on it for the account), so its
 * part is contributed here through its {@link AccountData} facade. Erased last: the other
 * modules still find the person by address until then.
 */
@Component
class AccountContributor extends JdbcPersonalDataContributor {

	private final AccountData accounts;

	private final PrivacyLog log;

	private final ErasureRequests requests;

	AccountContributor(AccountData accounts, PrivacyLog log, ErasureRequests requests, JdbcClient jdbc) {
		super(jdbc, "account", "person", "person_role", "account_token", "account_change", "sign_in_code",
				"privacy_request", "privacy_log", "data_export", "inactivity_warning", "statement_seen",
				"statement_version", "spring_session", "event_publication");
		this.accounts = accounts;
		this.log = log;
		this.requests = requests;
	}

	@Override
	public PersonalData export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>(accounts.export(subject.personId()));
		data.put("privacy_requests", requests.about(subject.personId()));
		data.put("privacy_log", log.about(subject.personId()));
		data.put("statements_shown", rows(subject, """
				select statement, language, version, context, seen_at from statement_seen
				where person_id = :person order by seen_at, id"""));
		data.put("statements_saved", rows(subject, """
				select statement, language, version, saved_at from statement_version
				where saved_by = :person order by saved_at, id"""));
		// when copies were asked for and made; the copies themselves are this file's zip
		data.put("data_exports", rows(subject, """
				select requested_at, status, finished_at, expires_at, size_bytes from data_export
				where person_id = :person order by requested_at, id"""));
		return PersonalData.of(data);
	}

	/**
	 * The requests and the log hold ids and dates only: they stay, as proof. Copies of
	 * the person's data go. Events that were handled but are still in the event
	 * publication registry may carry the name or address (an email confirmation, a
	 * sign-up): those go too.
	 */
	@Override
	public void erase(DataSubject subject) {
		jdbc.sql("""
				delete from event_publication
				where completion_date is not null
				  and (strpos(serialized_event, :email) > 0 or strpos(serialized_event, :name) > 0)""")
			.param("email", subject.email())
			.param("name", subject.displayName())
			.update();
		update(subject, "delete from data_export where person_id = :person");
		update(subject, "delete from statement_seen where person_id = :person");
		// a statement they saved stays, as every version does, without their name
		update(subject, "update statement_version set saved_by = null where saved_by = :person");
		update(subject, "delete from inactivity_warning where person_id = :person");
		accounts.erase(subject.personId(), subject.email());
	}

	@Override
	public int order() {
		return Integer.MAX_VALUE;
	}

}
