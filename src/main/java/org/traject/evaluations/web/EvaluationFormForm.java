package org.traject.evaluations.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.traject.evaluations.QuestionKind;
import org.traject.evaluations.internal.EvaluationForms;
import org.traject.evaluations.internal.EvaluationForms.QuestionDraft;

/**
 * The form editor as posted: one value per question row in each list (kind, text, the
 * scale's labels, the choice options one per line), so every field arrives as text and
 * survives anything typed. A row without text is left out (that is how a question is
 * removed). Checked by {@link #problems()}, which names the row and field of each
 * problem.
 */
record EvaluationFormForm(@Nullable List<String> kind, @Nullable List<String> text, @Nullable List<String> low,
		@Nullable List<String> high, @Nullable List<String> choices, @Nullable String afterEachSession) {

	static final int TEXT_MAX = 500;

	static final int LABEL_MAX = 100;

	static final int CHOICE_MAX = 200;

	/** The form filled in with a form's questions and room for three more. */
	static EvaluationFormForm of(EvaluationForms.Form form) {
		var kinds = new ArrayList<String>();
		var texts = new ArrayList<String>();
		var lows = new ArrayList<String>();
		var highs = new ArrayList<String>();
		var options = new ArrayList<String>();
		for (var q : form.questions()) {
			kinds.add(q.kind().name());
			texts.add(q.text());
			lows.add(q.lowLabel() == null ? "" : q.lowLabel());
			highs.add(q.highLabel() == null ? "" : q.highLabel());
			options.add(String.join("\n", q.choices()));
		}
		return new EvaluationFormForm(kinds, texts, lows, highs, options, form.afterEachSession() ? "true" : null);
	}

	/**
	 * How many rows the editor shows: the questions, three empty rows, at most the
	 * maximum.
	 */
	public int rows() {
		return Math.min(EvaluationForms.MAX_QUESTIONS, Math.max(size(text), size(kind)) + 3);
	}

	public String kindAt(int i) {
		String k = at(kind, i);
		return k.isEmpty() ? QuestionKind.SCALE.name() : k;
	}

	public String textAt(int i) {
		return at(text, i);
	}

	public String lowAt(int i) {
		return at(low, i);
	}

	public String highAt(int i) {
		return at(high, i);
	}

	public String choicesAt(int i) {
		return at(choices, i);
	}

	public boolean eachSession() {
		return "true".equals(afterEachSession);
	}

	/**
	 * The problems by row and field ({@code text-2}), as message keys; empty when all is
	 * well.
	 */
	Map<String, String> problems() {
		var problems = new LinkedHashMap<String, String>();
		int written = 0;
		for (int i = 0; i < Math.max(size(text), size(kind)); i++) {
			if (textAt(i).isBlank()) {
				continue;
			}
			written++;
			if (i >= EvaluationForms.MAX_QUESTIONS) {
				problems.put("text-" + i, "evaluations.form.tooMany");
				continue;
			}
			var k = kind(i);
			if (k == null) {
				problems.put("kind-" + i, "evaluations.form.kind.invalid");
				continue;
			}
			if (textAt(i).length() > TEXT_MAX) {
				problems.put("text-" + i, "evaluations.form.text.tooLong");
			}
			if (k == QuestionKind.SCALE) {
				if (lowAt(i).isBlank() || lowAt(i).length() > LABEL_MAX) {
					problems.put("low-" + i, "evaluations.form.label.invalid");
				}
				if (highAt(i).isBlank() || highAt(i).length() > LABEL_MAX) {
					problems.put("high-" + i, "evaluations.form.label.invalid");
				}
			}
			if (k == QuestionKind.CHOICE) {
				var options = options(i);
				if (options.size() < 2 || options.size() > EvaluationForms.MAX_CHOICES
						|| options.stream().anyMatch(o -> o.length() > CHOICE_MAX)) {
					problems.put("choices-" + i, "evaluations.form.choices.invalid");
				}
			}
		}
		if (written == 0) {
			problems.put("text-0", "evaluations.form.noQuestions");
		}
		return problems;
	}

	/** The questions to save, in order; call when {@link #problems()} is empty. */
	List<QuestionDraft> drafts() {
		var drafts = new ArrayList<QuestionDraft>();
		for (int i = 0; i < Math.min(size(text), EvaluationForms.MAX_QUESTIONS); i++) {
			var k = kind(i);
			if (textAt(i).isBlank() || k == null) {
				continue;
			}
			drafts.add(new QuestionDraft(k, textAt(i).strip(), lowAt(i).strip(), highAt(i).strip(), options(i)));
		}
		return drafts;
	}

	private @Nullable QuestionKind kind(int i) {
		return Arrays.stream(QuestionKind.values()).filter(k -> k.name().equals(kindAt(i))).findFirst().orElse(null);
	}

	private List<String> options(int i) {
		return choicesAt(i).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	private static int size(@Nullable List<String> values) {
		return values == null ? 0 : values.size();
	}

	private static String at(@Nullable List<String> values, int i) {
		if (values == null || i >= values.size() || values.get(i) == null) {
			return "";
		}
		return values.get(i);
	}

}
