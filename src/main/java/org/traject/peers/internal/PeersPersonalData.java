package org.traject.peers.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalData;
import org.traject.privacy.JdbcPersonalDataContributor;

/**
 * A person's peer support: their supporter profile, the questions they asked with the
 * answers, and the questions they were asked with their own answers (the asker's name is
 * not in the supporter's copy: it is someone else's data). Erasure deletes the profile
 * and every question the person asked; questions asked of them lose the answer text and
 * the link to them, so the asker sees that the supporter is gone.
 */
@Component
class PeersPersonalData extends JdbcPersonalDataContributor {

	PeersPersonalData(JdbcClient jdbc) {
		super(jdbc, "peers", "peer_supporter", "peer_question");
	}

	@Override
	public PersonalData export(DataSubject subject) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("supporterProfile", jdbc
			.sql("select sector, years_experience, themes, about, paused, listed_at from peer_supporter "
					+ "where person_id = :person")
			.param("person", subject.personId())
			.query((rs, n) -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("sector", rs.getString("sector"));
				row.put("yearsExperience", rs.getInt("years_experience"));
				row.put("themes", java.util.List.of((String[]) rs.getArray("themes").getArray()));
				row.put("about", rs.getString("about"));
				row.put("paused", rs.getBoolean("paused"));
				row.put("listedAt", rs.getTimestamp("listed_at").toInstant().toString());
				return row;
			})
			.list());
		data.put("questionsAsked", rows(subject, """
				select subject, question, asked_at, answer, answered_at from peer_question
				where asker_person_id = :person order by asked_at"""));
		data.put("questionsAnswered", rows(subject, """
				select subject, question, asked_at, answer, answered_at from peer_question
				where supporter_person_id = :person order by asked_at"""));
		return PersonalData.of(data);
	}

	@Override
	public void erase(DataSubject subject) {
		update(subject, "delete from peer_question where asker_person_id = :person");
		// the asker keeps their own question; the erased supporter's answer goes
		update(subject, """
				update peer_question set supporter_person_id = 0, answer = null, answered_at = null
				where supporter_person_id = :person""");
		update(subject, "delete from peer_supporter where person_id = :person");
	}

}
