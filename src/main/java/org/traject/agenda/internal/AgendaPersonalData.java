package org.traject.agenda.internal;

import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.PersonalDataContributor;

/**
 * The reminders sent to the person, whether they turned reminders off, and whether they
 * have a calendar address (never the address itself: it is a key). Erasure deletes all
 * three, so the old calendar address stops working.
 */
@Component
class AgendaPersonalData implements PersonalDataContributor {

	private final JdbcClient jdbc;

	AgendaPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String part() {
		return "agenda";
	}

	@Override
	public Set<String> tables() {
		return Set.of("reminder_sent", "reminder_opt_out", "calendar_feed");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		long person = subject.personId();
		return PersonalData.of(Map.of("reminders",
				jdbc.sql("select occasion, sent_at from reminder_sent where person_id = :p order by sent_at, occasion")
					.param("p", person)
					.query()
					.listOfRows(),
				"remindersTurnedOff",
				jdbc.sql("select opted_out_at from reminder_opt_out where person_id = :p")
					.param("p", person)
					.query()
					.listOfRows(),
				"calendarAddressCreated",
				jdbc.sql("select created_at from calendar_feed where person_id = :p")
					.param("p", person)
					.query()
					.listOfRows()));
	}

	@Override
	public void erase(DataSubject subject) {
		long person = subject.personId();
		jdbc.sql("delete from reminder_sent where person_id = :p").param("p", person).update();
		jdbc.sql("delete from reminder_opt_out where person_id = :p").param("p", person).update();
		jdbc.sql("delete from calendar_feed where person_id = :p").param("p", person).update();
	}

}
