package org.traject.evaluations.internal;

import java.time.Instant;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.Catalogue;
import org.traject.evaluations.QuestionKind;

/**
 * The evaluation behind a personal link. The link is the only key: an unknown one is not
 * found; one already used, or of a closed round, says so. An answer is stored without the
 * person, and the invitation is marked answered in the same transaction under its row
 * lock, so a second answer (even at the same moment) is refused.
 */
@Component
public class EvaluationAnswers {

	/** The longest open answer kept. */
	public static final int MAX_TEXT = 4000;

	private final JdbcClient jdbc;

	private final EvaluationForms forms;

	private final Catalogue catalogue;

	EvaluationAnswers(JdbcClient jdbc, EvaluationForms forms, Catalogue catalogue) {
		this.jdbc = jdbc;
		this.forms = forms;
		this.catalogue = catalogue;
	}

	/** What the person behind a link sees; an unknown link is not found. */
	@Transactional(readOnly = true)
	public Request request(String token) {
		var link = link(token, false);
		var form = forms.find(link.formId());
		String title = catalogue.find(link.programmeId()).map(Catalogue.ProgrammeView::title).orElse("");
		return new Request(title, form, link.closesAt(), link.unavailable(Instant.now()));
	}

	/**
	 * Stores the answers behind a link, once, while the round is open: every scale and
	 * choice question answered in range, open answers optional and at most
	 * {@value #MAX_TEXT} characters.
	 */
	@Transactional
	public void answer(String token, Map<Long, String> given) {
		var link = link(token, true);
		String reason = link.unavailable(Instant.now());
		if (reason != null) {
			throw new EvaluationRefusal(null, reason);
		}
		var form = forms.find(link.formId());
		for (var q : form.questions()) {
			check(q, given.get(q.id()));
		}
		jdbc.sql("update evaluation_invitation set answered = true where id = :id").param("id", link.id()).update();
		UUID response = jdbc.sql("insert into evaluation_response (round_id) values (:round) returning id")
			.param("round", link.roundId())
			.query(UUID.class)
			.single();
		for (var q : form.questions()) {
			String value = given.get(q.id());
			if (value == null || value.isBlank()) {
				continue;
			}
			jdbc.sql("""
					insert into evaluation_answer (response_id, question_id, scale, choice, text)
					values (:response, :question, :scale, :choice, :text)""")
				.param("response", response)
				.param("question", q.id())
				.param("scale", q.kind() == QuestionKind.SCALE ? Integer.valueOf(value) : null)
				.param("choice", q.kind() == QuestionKind.CHOICE ? Integer.valueOf(value) : null)
				.param("text", q.kind() == QuestionKind.TEXT ? value.strip() : null)
				.update();
		}
	}

	private static void check(EvaluationForms.Question q, @Nullable String value) {
		String field = "q" + q.id();
		switch (q.kind()) {
			case SCALE -> {
				if (value == null || !value.matches("[1-5]")) {
					throw new EvaluationRefusal(field, "evaluations.answer.scaleMissing", q.position());
				}
			}
			case CHOICE -> {
				if (value == null || !value.matches("\\d{1,2}") || Integer.parseInt(value) >= q.choices().size()) {
					throw new EvaluationRefusal(field, "evaluations.answer.choiceMissing", q.position());
				}
			}
			case TEXT -> {
				if (value != null && value.length() > MAX_TEXT) {
					throw new EvaluationRefusal(field, "evaluations.answer.tooLong", q.position(), MAX_TEXT);
				}
			}
		}
	}

	private Link link(String token, boolean lock) {
		if (!EvaluationTokens.looksValid(token)) {
			throw new NoSuchElementException("no such evaluation link");
		}
		String hash = EvaluationTokens.hash(token);
		return jdbc.sql("""
				select i.id, i.round_id, i.answered, r.form_id, r.programme_id, r.closes_at
				from evaluation_invitation i join evaluation_round r on r.id = i.round_id
				where i.token_hash = :hash or i.reminder_token_hash = :hash""" + (lock ? " for update of i" : ""))
			.param("hash", hash)
			.query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getLong(4), rs.getLong(5),
					rs.getTimestamp(6).toInstant()))
			.optional()
			.orElseThrow(() -> new NoSuchElementException("no such evaluation link"));
	}

	private record Link(long id, long roundId, boolean answered, long formId, long programmeId, Instant closesAt) {

		@Nullable String unavailable(Instant now) {
			if (answered) {
				return "evaluations.link.used";
			}
			return now.isBefore(closesAt) ? null : "evaluations.link.closed";
		}

	}

	/**
	 * @param unavailable why the link can no longer be used (a message key), or null
	 */
	public record Request(String programmeTitle, EvaluationForms.Form form, Instant closesAt,
			@Nullable String unavailable) {
	}

}
