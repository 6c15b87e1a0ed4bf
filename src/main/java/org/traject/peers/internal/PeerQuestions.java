package org.traject.peers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.people.People;

/**
 * Questions to peer supporters and their answers. Asking and answering queue the email to
 * the other side in the same transaction; a question is found only by its asker and its
 * supporter.
 */
@Component
public class PeerQuestions {

	private static final String SELECT = """
			select id, asker_person_id, supporter_person_id, subject, question, asked_at, answer, answered_at
			from peer_question
			""";

	private final JdbcClient jdbc;

	private final PeerSupporters supporters;

	private final PeerEmails emails;

	private final People people;

	PeerQuestions(JdbcClient jdbc, PeerSupporters supporters, PeerEmails emails, People people) {
		this.jdbc = jdbc;
		this.supporters = supporters;
		this.emails = emails;
		this.people = people;
	}

	/** A question as one of its two sides sees it, with the other side's name. */
	public record Question(long id, long askerId, long supporterId, String subject, String question, Instant askedAt,
			@Nullable String answer, @Nullable Instant answeredAt, String askerName, String supporterName) {

		public boolean answered() {
			return answer != null;
		}

	}

	/** Asks a supporter who is not paused; returns the question's id. */
	@Transactional
	public long ask(long askerId, long supporterId, String subject, String question) {
		var supporter = supporters.askable(supporterId).orElseThrow(() -> new NoSuchElementException("No supporter"));
		if (supporterId == askerId) {
			throw new PeersRefusal(null, "peers.ask.notYourself");
		}
		long id = jdbc.sql("""
				insert into peer_question (asker_person_id, supporter_person_id, subject, question)
				values (:asker, :supporter, :subject, :question) returning id""")
			.param("asker", askerId)
			.param("supporter", supporter.personId())
			.param("subject", subject)
			.param("question", question)
			.query(Long.class)
			.single();
		emails.asked(find(id).orElseThrow());
		return id;
	}

	/** The supporter answers a question of theirs, once. */
	@Transactional
	public void answer(long questionId, long supporterId, String answer) {
		var question = forSupporter(questionId, supporterId).orElseThrow(NoSuchElementException::new);
		int changed = jdbc.sql("""
				update peer_question set answer = :answer, answered_at = now()
				where id = :id and supporter_person_id = :supporter and answer is null""")
			.param("answer", answer)
			.param("id", question.id())
			.param("supporter", supporterId)
			.update();
		if (changed == 0) {
			throw new PeersRefusal("answer", "peers.answer.already");
		}
		emails.answered(find(questionId).orElseThrow());
	}

	/** The question, when the person asked it. */
	@Transactional(readOnly = true)
	public Optional<Question> forAsker(long questionId, long askerId) {
		return find(questionId).filter(q -> q.askerId() == askerId);
	}

	/** The question, when it was asked of the person. */
	@Transactional(readOnly = true)
	public Optional<Question> forSupporter(long questionId, long supporterId) {
		return find(questionId).filter(q -> q.supporterId() == supporterId);
	}

	/** What the person asked, newest first: two statements. */
	@Transactional(readOnly = true)
	public List<Question> askedBy(long askerId) {
		return named(jdbc.sql(SELECT + " where asker_person_id = :person order by asked_at desc, id desc")
			.param("person", askerId)
			.query(PeerQuestions::row)
			.list());
	}

	/**
	 * What the supporter was asked, unanswered first, then newest first: two statements.
	 */
	@Transactional(readOnly = true)
	public List<Question> askedOf(long supporterId) {
		return named(jdbc.sql(SELECT + """
				 where supporter_person_id = :person
				order by (answer is null) desc, asked_at desc, id desc""")
			.param("person", supporterId)
			.query(PeerQuestions::row)
			.list());
	}

	/** Deletes questions whose last activity is older than the moment given. */
	@Transactional
	public int deleteOlderThan(Instant before) {
		return jdbc.sql("delete from peer_question where coalesce(answered_at, asked_at) < :before")
			.param("before", Timestamp.from(before))
			.update();
	}

	Optional<Question> find(long id) {
		return named(jdbc.sql(SELECT + " where id = :id").param("id", id).query(PeerQuestions::row).list()).stream()
			.findFirst();
	}

	private List<Question> named(List<Row> rows) {
		Set<Long> ids = new HashSet<>();
		rows.forEach(r -> {
			ids.add(r.askerId());
			ids.add(r.supporterId());
		});
		var names = ids.isEmpty() ? java.util.Map.<Long, People.PersonView>of() : people.findAllById(ids);
		List<Question> questions = new ArrayList<>();
		for (Row r : rows) {
			questions.add(new Question(r.id(), r.askerId(), r.supporterId(), r.subject(), r.question(), r.askedAt(),
					r.answer(), r.answeredAt(), name(names.get(r.askerId())), name(names.get(r.supporterId()))));
		}
		return questions;
	}

	private static String name(People.@Nullable PersonView person) {
		return person == null ? "" : person.displayName();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Timestamp answeredAt = rs.getTimestamp("answered_at");
		return new Row(rs.getLong("id"), rs.getLong("asker_person_id"), rs.getLong("supporter_person_id"),
				rs.getString("subject"), rs.getString("question"), rs.getTimestamp("asked_at").toInstant(),
				rs.getString("answer"), answeredAt == null ? null : answeredAt.toInstant());
	}

	private record Row(long id, long askerId, long supporterId, String subject, String question, Instant askedAt,
			@Nullable String answer, @Nullable Instant answeredAt) {
	}

}
