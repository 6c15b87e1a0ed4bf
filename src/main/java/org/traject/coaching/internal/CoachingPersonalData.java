package org.traject.coaching.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.JdbcPersonalDataContributor;

/**
 * A person's coaching data: as a participant, their appointments; as a coach, their
 * profile, the programmes they serve, their slots and blocked dates, and the appointments
 * booked with them. Erasure takes a coach's profile texts, slots and blocked dates away
 * and unpublishes the profile; appointments stay (they count like attendance), attached
 * to the anonymous account.
 */
@Component
class CoachingPersonalData extends JdbcPersonalDataContributor {

	CoachingPersonalData(JdbcClient jdbc) {
		super(jdbc, "coaching", "coach_profile", "coach_programme", "coach_availability", "coach_blocked_date",
				"coaching_appointment");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("appointments", rows(subject, """
				select id, coach_person_id, programme_id, starts_at, ends_at, mode, place, status, booked_at
				from coaching_appointment where participant_person_id = :person order by starts_at"""));
		data.put("coach_profile", rows(subject, """
				select array_to_string(specialties, ', ') as specialties, array_to_string(languages, ', ') as languages,
				       region, how_i_work, time_zone, published, updated_at
				from coach_profile where coach_person_id = :person"""));
		data.put("programmes_served",
				rows(subject, "select programme_id from coach_programme where coach_person_id = :person"));
		data.put("availability", rows(subject, """
				select kind, day_of_week, start_time, valid_from, valid_until, starts_at, duration_minutes, mode, place
				from coach_availability where coach_person_id = :person order by id"""));
		data.put("blocked_dates", rows(subject, "select day from coach_blocked_date where coach_person_id = :person"));
		data.put("appointments_as_coach", rows(subject, """
				select id, participant_person_id, programme_id, starts_at, ends_at, status
				from coaching_appointment where coach_person_id = :person order by starts_at"""));
		return PersonalData.of(data);
	}

	@Override
	public void erase(DataSubject subject) {
		update(subject, "delete from coach_availability where coach_person_id = :person");
		update(subject, "delete from coach_blocked_date where coach_person_id = :person");
		update(subject, "delete from coach_programme where coach_person_id = :person");
		update(subject, """
				update coach_profile set specialties = '{}', languages = '{}', region = null, how_i_work = '',
				       published = false, updated_at = now(), version = version + 1
				where coach_person_id = :person""");
	}

}
