package org.traject.notifications.internal;

import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.PersonalDataContributor;

/**
 * The emails sent to the person (found by address: the outbox knows no accounts), with
 * their plain-text body as long as it is kept. Erasure deletes them, delivered or not.
 */
@Component
class NotificationsPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	NotificationsPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String part() {
		return "emails";
	}

	@Override
	public Set<String> tables() {
		return Set.of("outgoing_email");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		return PersonalData.of(Map.of("emails",
				jdbc.sql("""
						select created_at, delivered_at, status, kind, language, subject, text_body, attachment_name
						from outgoing_email where lower(recipient) = lower(:email) order by created_at, id""")
					.param("email", subject.email())
					.query()
					.listOfRows()));
	}

	@Override
	public void erase(DataSubject subject) {
		jdbc.sql("delete from outgoing_email where lower(recipient) = lower(:email)")
			.param("email", subject.email())
			.update();
	}

}
