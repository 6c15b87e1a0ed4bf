package org.traject.cohorts.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.JdbcPersonalDataContributor;

/**
 * Cohort messages as personal data: the messages a person received (subject, text, when)
 * and, for a secretary, the messages they sent. Erasure removes the person from every
 * message's recipients (by person and by address, for copies sent to their address on an
 * interest list) and their name from the messages they sent; the messages themselves stay
 * with the cohort, written by nobody.
 */
@Component
class CohortMessagesPersonalData extends JdbcPersonalDataContributor {

	CohortMessagesPersonalData(JdbcClient jdbc) {
		super(jdbc, "cohort-messages", "cohort_message", "cohort_message_recipient");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("received", rows(subject, """
				select c.code as cohort, m.subject, m.body, m.sent_at, r.name, r.email, r.language
				from cohort_message_recipient r join cohort_message m on m.id = r.message_id
				join cohort c on c.id = m.cohort_id
				where r.person_id = :person or lower(r.email) = lower(:email) order by m.sent_at, m.id"""));
		data.put("sent", rows(subject, """
				select c.code as cohort, m.audience, m.subject, m.body, m.sent_at, m.recipient_count
				from cohort_message m join cohort c on c.id = m.cohort_id
				where m.sent_by = :person order by m.sent_at, m.id"""));
		return PersonalData.of(data);
	}

	@Override
	public void erase(DataSubject subject) {
		update(subject, """
				delete from cohort_message_recipient where person_id = :person or lower(email) = lower(:email)""");
		update(subject, "update cohort_message set sent_by = null, sent_by_name = null where sent_by = :person");
	}

}
