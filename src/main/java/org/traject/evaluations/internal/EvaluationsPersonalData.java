package org.traject.evaluations.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.JdbcPersonalDataContributor;

/**
 * A person's evaluation data: the evaluations they were invited to, when, whether they
 * were reminded and whether they answered. Their answers are not theirs to export: they
 * were stored without a person and cannot be found again. Erasure takes the person and
 * their links off the invitations; the invitation still counts (unnamed) for the response
 * rate.
 */
@Component
class EvaluationsPersonalData extends JdbcPersonalDataContributor {

	EvaluationsPersonalData(JdbcClient jdbc) {
		super(jdbc, "evaluations", "evaluation_invitation");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("evaluations_invited_to", rows(subject, """
				select r.programme_id, r.cohort_id, r.session_id, r.held_on, i.invited_at, i.reminded_at, i.answered
				from evaluation_invitation i join evaluation_round r on r.id = i.round_id
				where i.person_id = :person order by i.invited_at, i.id"""));
		return PersonalData.of(data);
	}

	@Override
	public void erase(DataSubject subject) {
		update(subject, """
				update evaluation_invitation set person_id = null, token_hash = null, reminder_token_hash = null
				where person_id = :person""");
	}

}
