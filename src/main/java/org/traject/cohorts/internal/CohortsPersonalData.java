package org.traject.cohorts.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.JdbcPersonalDataContributor;

/**
 * The cohorts module's share of a person's data: enrolments with their full history and
 * interest registrations. Erasure keeps every enrolment and its status changes (reports
 * count them) but removes the manager's name and address, the reasons typed, the names of
 * who acted, and turns interest registrations into anonymous withdrawn rows.
 */
@Component
class CohortsPersonalData extends JdbcPersonalDataContributor {

	CohortsPersonalData(JdbcClient jdbc) {
		super(jdbc, "enrolments", "enrolment", "enrolment_event", "enrolment_token", "interest_registration",
				"interest_invitation", "cohort_decision", "secretary_visit");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		List<Map<String, Object>> enrolments = rows(subject, """
				select e.id, p.title as programme, c.code as cohort, c.start_date, c.end_date, e.status,
				       e.requested_at, e.status_changed_at, e.waitlist_position, e.offer_expires_at,
				       e.manager_name, e.manager_email
				from enrolment e join cohort c on c.id = e.cohort_id
				join programme_listing p on p.programme_id = c.programme_id
				where e.person_id = :person order by e.requested_at, e.id""").stream()
			.map(LinkedHashMap::new)
			.map(row -> {
				// who else acted is kept as a role, as the history page shows it
				row.put("history", jdbc.sql("""
						select ev.occurred_at, ev.change, ev.status, ev.waitlist_position, ev.actor_role, ev.reason
						from enrolment_event ev where ev.enrolment_id = :id order by ev.occurred_at, ev.id""")
					.param("id", row.get("id"))
					.query()
					.listOfRows());
				return (Map<String, Object>) row;
			})
			.toList();
		var interests = rows(subject, """
				select p.title as programme, r.email, r.language, r.status, r.registered_at, r.confirmed_at,
				       (select count(*) from interest_invitation i where i.registration_id = r.id) as invitations
				from interest_registration r join programme_listing p on p.programme_id = r.programme_id
				where r.person_id = :person or lower(r.email) = lower(:email) order by r.registered_at, r.id""");
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("enrolments", enrolments);
		data.put("interest_registrations", interests);
		data.put("start_page_visits",
				rows(subject, "select last_seen_at, seen_until from secretary_visit where person_id = :person"));
		return PersonalData.of(data);
	}

	@Override
	public void erase(DataSubject subject) {
		update(subject, "delete from secretary_visit where person_id = :person");
		update(subject, "update enrolment set manager_name = null, manager_email = null where person_id = :person");
		update(subject, """
				update enrolment_event set reason = null, actor_name = null
				where enrolment_id in (select id from enrolment where person_id = :person)""");
		update(subject, "update enrolment_event set actor_name = null where actor_person_id = :person");
		update(subject, """
				update enrolment_token set used_at = coalesce(used_at, now())
				where enrolment_id in (select id from enrolment where person_id = :person)""");
		update(subject, """
				update interest_registration
				set email = 'erased-' || id || '@erased.invalid', person_id = null, confirmation_token_hash = null,
				    status = case when status in ('UNCONFIRMED', 'WAITING') then 'WITHDRAWN' else status end
				where person_id = :person or lower(email) = lower(:email)""");
	}

}
