package org.traject.evaluations.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.traject.cohorts.Cohorts;
import org.traject.evaluations.QuestionKind;
import org.traject.evaluations.internal.EvaluationResults;
import org.traject.evaluations.internal.EvaluationResults.QuestionResult;
import org.traject.evaluations.internal.EvaluationResults.RoundLine;
import org.traject.web.BarChart;

/**
 * What the result pages and their exports show alike: per question a bar chart of the
 * distribution with the same numbers in a table, the mean in the reader's number format;
 * per programme the rounds over time. The exports carry the page's rows.
 */
@Component
class ResultViews {

	private final MessageSource messages;

	ResultViews(MessageSource messages) {
		this.messages = messages;
	}

	/** One question as shown: its chart (none for open text) and its rows. */
	List<QuestionView> questions(EvaluationResults.RoundResults results, Locale locale) {
		var views = new ArrayList<QuestionView>();
		for (var q : results.questions()) {
			var rows = new ArrayList<ValueRow>();
			var bars = new ArrayList<BarChart.Bar>();
			int max = 0;
			for (var v : q.distribution()) {
				String text = count(v.count(), q.answers(), locale);
				rows.add(new ValueRow(v.label(), v.count(), percent(v.count(), q.answers())));
				bars.add(new BarChart.Bar(v.label(), v.count(), text));
				max = Math.max(max, v.count());
			}
			BarChart chart = q.question().kind() == QuestionKind.TEXT ? null : BarChart.of(bars, max);
			views.add(new QuestionView(q, chart, rows, q.mean() == null ? null : decimal(q.mean(), locale)));
		}
		return views;
	}

	/** The programme's rounds as a chart of mean scores and one of response rates. */
	Comparison comparison(List<RoundLine> rounds, Map<Long, Cohorts.CohortView> cohorts, Locale locale) {
		var lines = new ArrayList<ComparisonLine>();
		var means = new ArrayList<BarChart.Bar>();
		var rates = new ArrayList<BarChart.Bar>();
		for (var r : rounds) {
			var cohort = cohorts.get(r.cohortId());
			String code = cohort == null ? "#" + r.cohortId() : cohort.code();
			String session = session(cohort, r.sessionId());
			String label = session == null ? code : code + " · " + session;
			Integer rate = r.responsePercent();
			lines.add(new ComparisonLine(r, label, rate == null ? "" : rate + " %",
					r.meanScore() == null ? "" : decimal(r.meanScore(), locale)));
			means.add(new BarChart.Bar(label, r.meanScore() == null ? 0 : r.meanScore(),
					r.meanScore() == null ? text("evaluations.noFigure", locale) : decimal(r.meanScore(), locale)));
			rates.add(new BarChart.Bar(label, rate == null ? 0 : rate,
					rate == null ? text("evaluations.noFigure", locale) : rate + " %"));
		}
		return new Comparison(lines, BarChart.of(means, 5), BarChart.of(rates, 100));
	}

	/**
	 * The title of the session a round followed; null for the round after the last
	 * session.
	 */
	static @Nullable String session(Cohorts.@Nullable CohortView cohort, @Nullable Long sessionId) {
		if (cohort == null || sessionId == null) {
			return null;
		}
		return cohort.sessions()
			.stream()
			.filter(s -> s.id() == sessionId)
			.map(Cohorts.SessionView::title)
			.findFirst()
			.orElse(null);
	}

	/**
	 * A round's results as rows for CSV and XLSX: one per value or option, then the open
	 * answers.
	 */
	Export export(EvaluationResults.RoundResults results, Locale locale) {
		var headings = List.of(text("evaluations.export.question", locale), text("evaluations.export.answer", locale),
				text("evaluations.export.count", locale), text("evaluations.export.percent", locale),
				text("evaluations.export.mean", locale));
		var rows = new ArrayList<List<Object>>();
		var round = results.round();
		rows.add(List.of(text("evaluations.export.responses", locale), "", round.answered(),
				round.responsePercent() == null ? "" : round.responsePercent(), ""));
		rows.add(List.of(text("evaluations.export.invited", locale), "", round.invited(), "", ""));
		for (QuestionResult q : results.questions()) {
			String question = q.question().position() + ". " + q.question().text();
			for (var v : q.distribution()) {
				Integer p = percent(v.count(), q.answers());
				rows.add(List.of(question, v.label(), v.count(), p == null ? "" : p,
						q.mean() == null ? "" : Math.round(q.mean() * 100) / 100.0));
			}
			if (q.textsHidden()) {
				rows.add(List.of(question,
						text("evaluations.results.textsHidden", locale, EvaluationResults.MIN_FOR_OPEN_ANSWERS), "", "",
						""));
			}
			for (String t : q.texts()) {
				rows.add(List.of(question, t, "", "", ""));
			}
		}
		return new Export(text("evaluations.export.sheet", locale), headings, rows);
	}

	private String count(int count, int of, Locale locale) {
		Integer p = percent(count, of);
		return p == null ? Integer.toString(count) : text("evaluations.results.countPercent", locale, count, p);
	}

	static @Nullable Integer percent(int count, int of) {
		return of == 0 ? null : (int) Math.round(100.0 * count / of);
	}

	static String decimal(double value, Locale locale) {
		var format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(value);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	/** A question with its chart (null for open text), rows and formatted mean. */
	record QuestionView(QuestionResult result, @Nullable BarChart chart, List<ValueRow> rows, @Nullable String mean) {
	}

	/** A value or option, how many chose it, and their share in whole percent. */
	record ValueRow(String label, int count, @Nullable Integer percent) {
	}

	/** The rounds of a programme in a table, and as two charts. */
	record Comparison(List<ComparisonLine> lines, BarChart means, BarChart rates) {
	}

	/** A round with its label (cohort code, and the session when there is one). */
	record ComparisonLine(RoundLine round, String label, String rate, String mean) {
	}

	/** An export's headings and rows (numbers stay numbers). */
	record Export(String sheet, List<String> headings, List<List<Object>> rows) {
	}

}
