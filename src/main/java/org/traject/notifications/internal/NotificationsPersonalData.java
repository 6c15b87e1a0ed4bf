package org.traject.notifications.internal;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.JdbcPersonalDataContributor;

/**
 * The emails sent to the person (found by address: the outbox knows no accounts), with
 * their plain-text body as long as it is kept. Erasure deletes them, delivered or not.
 */
@Component
class NotificationsPersonalData extends JdbcPersonalDataContributor {

	NotificationsPersonalData(JdbcClient jdbc) {
		super(jdbc, "emails", "outgoing_email");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		return PersonalData.of(Map.of("emails", rows(subject, """
				select created_at, delivered_at, status, kind, language, subject, text_body, attachment_name
				from outgoing_email where lower(recipient) = lower(:email) order by created_at, id""")));
	}

	@Override
	public void erase(DataSubject subject) {
		update(subject, "delete from outgoing_email where lower(recipient) = lower(:email)");
	}

}
