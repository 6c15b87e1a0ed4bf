package org.traject.evaluations.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.evaluations.QuestionKind;
import org.traject.people.Actor;
import org.traject.web.SupportedLanguages;

/**
 * The evaluation forms: a programme's own, else the default form of the programme's
 * language. A form is never changed in place: saving one makes a new form, so the rounds
 * already sent keep the questions their answers belong to.
 */
@Component
@Transactional(readOnly = true)
public class EvaluationForms {

	/** How many questions a form may have. */
	public static final int MAX_QUESTIONS = 12;

	/** How many options a choice question may have. */
	public static final int MAX_CHOICES = 8;

	private static final String FORM_COLUMNS = "id, programme_id, language, after_each_session";

	private final JdbcClient jdbc;

	EvaluationForms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The form a programme's evaluations use: its own latest, else the default form in
	 * its language (English when the language has none).
	 */
	public Form current(long programmeId, String programmeLanguage) {
		var own = jdbc
			.sql("select " + FORM_COLUMNS + " from evaluation_form where programme_id = :p order by id desc limit 1")
			.param("p", programmeId)
			.query(EvaluationForms::form)
			.optional();
		return withQuestions(own.orElseGet(() -> defaultHead(programmeLanguage)));
	}

	/** The default form of a language (nl, da or en). */
	public Form defaultForm(String language) {
		return withQuestions(defaultHead(language));
	}

	/** A form as it was sent, by id. */
	public Form find(long formId) {
		return withQuestions(jdbc.sql("select " + FORM_COLUMNS + " from evaluation_form where id = :id")
			.param("id", formId)
			.query(EvaluationForms::form)
			.single());
	}

	/**
	 * Saves a new version of a programme's form (or, without a programme, of the default
	 * form of the language); returns its id.
	 */
	@Transactional
	public long save(@Nullable Long programmeId, String language, boolean afterEachSession,
			List<QuestionDraft> questions, Actor actor) {
		if (questions.isEmpty()) {
			throw new EvaluationRefusal(null, "evaluations.form.noQuestions");
		}
		long formId = jdbc.sql("""
				insert into evaluation_form (programme_id, language, after_each_session, created_by)
				values (:p, :language, :after, :by) returning id""")
			.param("p", programmeId)
			.param("language", SupportedLanguages.closest(java.util.Locale.forLanguageTag(language)).getLanguage())
			.param("after", afterEachSession)
			.param("by", actor.displayName())
			.query(Long.class)
			.single();
		int position = 1;
		for (var q : questions) {
			jdbc.sql("""
					insert into evaluation_question (form_id, position, kind, text, low_label, high_label, choices)
					values (:form, :position, :kind, :text, :low, :high, cast(:choices as varchar[]))""")
				.param("form", formId)
				.param("position", position++)
				.param("kind", q.kind().name())
				.param("text", q.text())
				.param("low", q.kind() == QuestionKind.SCALE ? q.lowLabel() : null)
				.param("high", q.kind() == QuestionKind.SCALE ? q.highLabel() : null)
				.param("choices", q.kind() == QuestionKind.CHOICE ? q.choices().toArray(String[]::new) : new String[0])
				.update();
		}
		return formId;
	}

	private Form defaultHead(String language) {
		String chosen = SupportedLanguages.closest(java.util.Locale.forLanguageTag(language)).getLanguage();
		return jdbc.sql("""
				select id, programme_id, language, after_each_session from evaluation_form
				where programme_id is null and language in (:language, 'en')
				order by (language = :language) desc, id desc limit 1""")
			.param("language", chosen)
			.query(EvaluationForms::form)
			.single();
	}

	private Form withQuestions(Form head) {
		var questions = jdbc.sql("""
				select id, position, kind, text, low_label, high_label, choices
				from evaluation_question where form_id = :form order by position""")
			.param("form", head.id())
			.query((rs, n) -> new Question(rs.getLong(1), rs.getInt(2), QuestionKind.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getString(6), strings(rs.getArray(7))))
			.list();
		return new Form(head.id(), head.programmeId(), head.language(), head.afterEachSession(), questions);
	}

	private static Form form(ResultSet rs, int n) throws SQLException {
		long programme = rs.getLong(2);
		Long programmeId = rs.wasNull() ? null : programme;
		return new Form(rs.getLong(1), programmeId, rs.getString(3), rs.getBoolean(4), List.of());
	}

	static List<String> strings(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

	/**
	 * A form: its questions in order, the language they are written in, and whether the
	 * programme is evaluated after each session.
	 *
	 * @param programmeId null for a default form
	 */
	public record Form(long id, @Nullable Long programmeId, String language, boolean afterEachSession,
			List<Question> questions) {

		public Form {
			questions = List.copyOf(questions);
		}

		public boolean isDefault() {
			return programmeId == null;
		}

	}

	/** One question of a form. */
	public record Question(long id, int position, QuestionKind kind, String text, @Nullable String lowLabel,
			@Nullable String highLabel, List<String> choices) {

		public Question {
			choices = List.copyOf(choices);
		}

	}

	/** A question as an editor wrote it, before it is saved. */
	public record QuestionDraft(QuestionKind kind, String text, @Nullable String lowLabel, @Nullable String highLabel,
			List<String> choices) {

		public QuestionDraft {
			choices = List.copyOf(choices);
		}

	}

}
