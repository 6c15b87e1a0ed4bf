package org.traject.delivery.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.LegalHold;
import org.traject.privacy.PersonalData;
import org.traject.privacy.JdbcPersonalDataContributor;

/**
 * The delivery module's share of a person's data: attendance, module results, completion
 * decisions, awards with their certificates, and career outcomes. Erasure keeps every row
 * (reports count them) but removes what was typed about the person (reasons, notes, role
 * titles) and the name on their certificates, which stay verifiable as issued.
 */
@Component
class DeliveryPersonalData extends JdbcPersonalDataContributor {

	DeliveryPersonalData(JdbcClient jdbc) {
		super(jdbc, "learning-record", "delivery_attendance", "delivery_module_result", "delivery_completion",
				"delivery_award", "delivery_career_outcome", "delivery_completion_rule");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("attendance", rows(subject, """
				select c.code as cohort, a.session_id, a.status, a.reason, a.recorded_at
				from delivery_attendance a join cohort_report c on c.cohort_id = a.cohort_id
				where a.person_id = :person order by a.recorded_at, a.id"""));
		data.put("module_results", rows(subject, """
				select c.code as cohort, r.programme_module_id, r.outcome, r.recorded_at
				from delivery_module_result r join cohort_report c on c.cohort_id = r.cohort_id
				where r.person_id = :person order by r.recorded_at, r.id"""));
		data.put("completions", rows(subject, """
				select p.title as programme, c.code as cohort, d.outcome, d.completed_on, d.rule_met, d.note,
				       d.decided_at
				from delivery_completion d join cohort_report c on c.cohort_id = d.cohort_id
				join programme_listing p on p.programme_id = d.programme_id
				where d.person_id = :person order by d.decided_at, d.id"""));
		data.put("awards", rows(subject, """
				select certificate_number, participant_name, programme_title, cohort_code, cohort_start, cohort_end,
				       days, register, points, renewal_years, completed_on, registration_valid_until, issued_at
				from delivery_award where person_id = :person order by issued_at, id"""));
		data.put("career_outcomes", rows(subject, """
				select a.certificate_number, o.kind, o.role_title, o.occurred_on, o.recorded_at
				from delivery_career_outcome o join delivery_award a on a.id = o.award_id
				where o.person_id = :person order by o.occurred_on, o.id"""));
		return PersonalData.of(data);
	}

	/**
	 * Awards reported to a register (the school leaders' register, a diploma's ECTS): the
	 * register may ask for proof, so the award itself stays (without the name).
	 */
	@Override
	public List<LegalHold> legalHolds(DataSubject subject) {
		return jdbc.sql("""
				select certificate_number, register from delivery_award
				where person_id = :person and register is not null order by issued_at, id""")
			.param("person", subject.personId())
			.query((rs, n) -> new LegalHold("privacy.hold.register." + rs.getString("register"),
					rs.getString("certificate_number")))
			.list();
	}

	@Override
	public void erase(DataSubject subject) {
		update(subject,
				"update delivery_attendance set reason = null where person_id = :person and reason is not null");
		update(subject, "update delivery_completion set note = null where person_id = :person");
		update(subject, "update delivery_award set participant_name = '—' where person_id = :person");
		update(subject, "update delivery_career_outcome set role_title = null where person_id = :person");
	}

}
