package org.traject.agenda.internal;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.JdbcPersonalDataContributor;

/**
 * The reminders sent to the person, whether they turned reminders off, and whether they
 * have a calendar address (never the address itself: it is a key). Erasure deletes all
 * three, so the old calendar address stops working.
 */
@Component
class AgendaPersonalData extends JdbcPersonalDataContributor {

	AgendaPersonalData(JdbcClient jdbc) {
		super(jdbc, "agenda", "reminder_sent", "reminder_opt_out", "calendar_feed");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		return PersonalData.of(Map.of("reminders", rows(subject,
				"select occasion, sent_at from reminder_sent where person_id = :person order by sent_at, occasion"),
				"remindersTurnedOff",
				rows(subject, "select opted_out_at from reminder_opt_out where person_id = :person"),
				"calendarAddressCreated",
				rows(subject, "select created_at from calendar_feed where person_id = :person")));
	}

	@Override
	public void erase(DataSubject subject) {
		update(subject, "delete from reminder_sent where person_id = :person");
		update(subject, "delete from reminder_opt_out where person_id = :person");
		update(subject, "delete from calendar_feed where person_id = :person");
	}

}
