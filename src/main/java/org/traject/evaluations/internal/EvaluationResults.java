package org.traject.evaluations.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.evaluations.QuestionKind;

/**
 * What staff see of the answers: counted in PostgreSQL, never with a name, and open
 * answers only once at least {@value #MIN_FOR_OPEN_ANSWERS} people answered the round. A
 * fixed number of statements per page, whatever the number of answers.
 */
@Component
@Transactional(readOnly = true)
public class EvaluationResults {

	/** Open answers are shown from this many responses on. */
	public static final int MIN_FOR_OPEN_ANSWERS = 3;

	private final JdbcClient jdbc;

	private final EvaluationForms forms;

	EvaluationResults(JdbcClient jdbc, EvaluationForms forms) {
		this.jdbc = jdbc;
		this.forms = forms;
	}

	/**
	 * Every programme (from the catalogue's published {@code programme_report}) with its
	 * rounds, latest first among those with rounds.
	 */
	public List<ProgrammeLine> programmes() {
		return jdbc.sql("""
				select p.programme_id, p.title, p.language, count(r.id) as rounds, max(r.held_on) as last_held,
				       exists (select 1 from evaluation_form f where f.programme_id = p.programme_id) as own_form
				from programme_report p
				left join evaluation_round r on r.programme_id = p.programme_id
				group by p.programme_id, p.title, p.language
				order by max(r.held_on) desc nulls last, p.title""")
			.query((rs, n) -> new ProgrammeLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getObject(5, LocalDate.class), rs.getBoolean(6)))
			.list();
	}

	/**
	 * The programme's rounds over time, oldest first, with response rate and mean score.
	 */
	public List<RoundLine> rounds(long programmeId) {
		return jdbc.sql("""
				select r.id, r.cohort_id, r.session_id, r.held_on, coalesce(i.invited, 0), coalesce(s.answered, 0),
				       a.mean
				from evaluation_round r
				left join (select round_id, count(*) as invited from evaluation_invitation group by round_id) i
				       on i.round_id = r.id
				left join (select round_id, count(*) as answered from evaluation_response group by round_id) s
				       on s.round_id = r.id
				left join (select s.round_id, avg(a.scale)::float8 as mean
				           from evaluation_response s join evaluation_answer a on a.response_id = s.id
				           where a.scale is not null group by s.round_id) a on a.round_id = r.id
				where r.programme_id = :programme
				order by r.held_on, r.id""")
			.param("programme", programmeId)
			.query((rs, n) -> new RoundLine(rs.getLong(1), rs.getLong(2), nullableLong(rs.getLong(3), rs.wasNull()),
					rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getInt(6),
					nullableDouble(rs.getDouble(7), rs.wasNull())))
			.list();
	}

	/** One round's results, question by question; not found for an unknown round. */
	public RoundResults round(long roundId) {
		var head = jdbc.sql("""
				select r.programme_id, r.cohort_id, r.session_id, r.held_on, r.form_id,
				       (select count(*) from evaluation_invitation i where i.round_id = r.id),
				       (select count(*) from evaluation_response s where s.round_id = r.id)
				from evaluation_round r where r.id = :round""")
			.param("round", roundId)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getLong(5),
					new RoundLine(roundId, rs.getLong(2), nullableLong(rs.getLong(3), rs.wasNull()),
							rs.getObject(4, LocalDate.class), rs.getInt(6), rs.getInt(7), null)))
			.optional()
			.orElseThrow(() -> new NoSuchElementException("no evaluation round " + roundId));
		var line = head.line();
		var form = forms.find(head.formId());
		var counts = new HashMap<Long, Map<Integer, Integer>>();
		jdbc.sql("""
				select a.question_id, coalesce(a.scale, a.choice), count(*)
				from evaluation_answer a join evaluation_response s on s.id = a.response_id
				where s.round_id = :round and a.text is null
				group by a.question_id, coalesce(a.scale, a.choice)""").param("round", roundId).query((rs, n) -> {
			counts.computeIfAbsent(rs.getLong(1), q -> new HashMap<>()).put(rs.getInt(2), rs.getInt(3));
			return null;
		}).list();
		boolean showTexts = line.answered() >= MIN_FOR_OPEN_ANSWERS;
		var texts = new HashMap<Long, List<String>>();
		if (showTexts) {
			// alphabetical: the order says nothing about who answered when
			jdbc.sql("""
					select a.question_id, a.text
					from evaluation_answer a join evaluation_response s on s.id = a.response_id
					where s.round_id = :round and a.text is not null
					order by a.question_id, a.text""")
				.param("round", roundId)
				.query((rs, n) -> texts.computeIfAbsent(rs.getLong(1), q -> new ArrayList<>()).add(rs.getString(2)))
				.list();
		}
		var questions = new ArrayList<QuestionResult>();
		for (var q : form.questions()) {
			var byValue = counts.getOrDefault(q.id(), Map.of());
			var distribution = new ArrayList<ValueCount>();
			int answers = 0;
			long sum = 0;
			if (q.kind() == QuestionKind.SCALE) {
				for (int v = 1; v <= 5; v++) {
					int c = byValue.getOrDefault(v, 0);
					distribution.add(new ValueCount(Integer.toString(v), c));
					answers += c;
					sum += (long) v * c;
				}
			}
			else if (q.kind() == QuestionKind.CHOICE) {
				for (int i = 0; i < q.choices().size(); i++) {
					int c = byValue.getOrDefault(i, 0);
					distribution.add(new ValueCount(q.choices().get(i), c));
					answers += c;
				}
			}
			var given = texts.getOrDefault(q.id(), List.of());
			if (q.kind() == QuestionKind.TEXT) {
				answers = given.size();
			}
			Double mean = q.kind() == QuestionKind.SCALE && answers > 0 ? (double) sum / answers : null;
			questions.add(new QuestionResult(q, answers, mean, distribution, given,
					q.kind() == QuestionKind.TEXT && !showTexts));
		}
		return new RoundResults(head.programmeId(), line, form.language(), questions);
	}

	private static @Nullable Long nullableLong(long value, boolean wasNull) {
		return wasNull ? null : value;
	}

	private static @Nullable Double nullableDouble(double value, boolean wasNull) {
		return wasNull ? null : value;
	}

	private record Head(long programmeId, long formId, RoundLine line) {
	}

	/**
	 * A programme, its number of rounds and the day of the latest, and whether it has its
	 * own form.
	 */
	public record ProgrammeLine(long programmeId, String title, String language, int rounds,
			@Nullable LocalDate lastHeld, boolean ownForm) {
	}

	/**
	 * A round: its cohort, the session it followed (none: the cohort's last), the day,
	 * how many were invited and answered, and the mean of all its scale answers.
	 */
	public record RoundLine(long roundId, long cohortId, @Nullable Long sessionId, LocalDate heldOn, int invited,
			int answered, @Nullable Double meanScore) {

		/** Answered of invited, in whole percent; none when nobody was invited. */
		public @Nullable Integer responsePercent() {
			return invited == 0 ? null : (int) Math.round(100.0 * answered / invited);
		}

	}

	/** A round's results in the order of its form's questions. */
	public record RoundResults(long programmeId, RoundLine round, String language, List<QuestionResult> questions) {
	}

	/**
	 * One question's answers: how many, the mean (scale), the count per value or option,
	 * and the open answers (empty and {@code textsHidden} while too few people answered).
	 */
	public record QuestionResult(EvaluationForms.Question question, int answers, @Nullable Double mean,
			List<ValueCount> distribution, List<String> texts, boolean textsHidden) {
	}

	/** How many chose a value or option. */
	public record ValueCount(String label, int count) {
	}

}
