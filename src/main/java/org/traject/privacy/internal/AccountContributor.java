package org.traject.privacy.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.people.AccountData;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.PersonalDataContributor;

/**
 * The account itself (people module) and this module's own records about the person. The
 * people module cannot implement the SPI (privacy depends on it for the account), so its
 * part is contributed here through its {@link AccountData} facade. Erased last: the other
 * modules still find the person by address until then.
 */
@Component
class AccountContributor implements PersonalDataContributor {

	private final AccountData accounts;

	private final PrivacyLog log;

	private final ErasureRequests requests;

	private final JdbcClient jdbc;

	AccountContributor(AccountData accounts, PrivacyLog log, ErasureRequests requests, JdbcClient jdbc) {
		this.accounts = accounts;
		this.log = log;
		this.requests = requests;
		this.jdbc = jdbc;
	}

	@Override
	public String part() {
		return "account";
	}

	@Override
	public Set<String> tables() {
		return Set.of("person", "person_role", "account_token", "account_change", "sign_in_code", "privacy_request",
				"privacy_log", "data_export", "inactivity_warning", "statement_seen", "statement_version",
				"spring_session", "event_publication");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>(accounts.export(subject.personId()));
		data.put("privacy_requests", requests.about(subject.personId()));
		data.put("privacy_log", log.about(subject.personId()));
		data.put("statements_shown",
				jdbc.sql("""
						select statement, language, version, context, seen_at from statement_seen
						where person_id = :person order by seen_at, id""")
					.param("person", subject.personId())
					.query()
					.listOfRows());
		data.put("statements_saved",
				jdbc.sql("""
						select statement, language, version, saved_at from statement_version
						where saved_by = :person order by saved_at, id""")
					.param("person", subject.personId())
					.query()
					.listOfRows());
		// when copies were asked for and made; the copies themselves are this file's zip
		data.put("data_exports",
				jdbc.sql("""
						select requested_at, status, finished_at, expires_at, size_bytes from data_export
						where person_id = :person order by requested_at, id""")
					.param("person", subject.personId())
					.query()
					.listOfRows());
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
		jdbc.sql("delete from data_export where person_id = :person").param("person", subject.personId()).update();
		jdbc.sql("delete from statement_seen where person_id = :person").param("person", subject.personId()).update();
		// a statement they saved stays, as every version does, without their name
		jdbc.sql("update statement_version set saved_by = null where saved_by = :person")
			.param("person", subject.personId())
			.update();
		jdbc.sql("delete from inactivity_warning where person_id = :person")
			.param("person", subject.personId())
			.update();
		accounts.erase(subject.personId(), subject.email());
	}

	@Override
	public int order() {
		return Integer.MAX_VALUE;
	}

}
