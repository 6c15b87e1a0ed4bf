package org.traject.reports.web;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.traject.web.BarChart;
import org.traject.reports.internal.EvaluationReportQueries;
import org.traject.reports.internal.ReportFilter;
import org.traject.reports.internal.ReportQueries;
import org.traject.reports.internal.ReportQueries.CancellationRow;
import org.traject.reports.internal.ReportQueries.CompletionRow;
import org.traject.reports.internal.ReportQueries.FillRow;
import org.traject.reports.internal.ReportQueries.WaitlistRow;
import org.traject.reports.internal.SectionQueries;
import org.traject.reports.internal.ReportQueries.OutcomeRow;

/**
 * Turns each report's rows into what the page, the CSV and the spreadsheet show alike:
 * headings and cells in the reader's language, and a bar chart of the report's main
 * figure. One statement per report.
 */
@Component
class ReportTables {

	private final ReportQueries queries;

	private final SectionQueries sections;

	private final FlowTables flow;

	private final EvaluationReportQueries evaluations;

	private final MessageSource messages;

	ReportTables(ReportQueries queries, SectionQueries sections, FlowTables flow, EvaluationReportQueries evaluations,
			MessageSource messages) {
		this.queries = queries;
		this.sections = sections;
		this.evaluations = evaluations;
		this.flow = flow;
		this.messages = messages;
	}

	Report build(ReportKind kind, ReportFilter filter, Locale locale) {
		var t = new Texts(messages, locale);
		return switch (kind) {
			case SIGNUPS -> signUps(filter, t);
			case FILL -> fill(filter, t);
			case WAITLIST -> waitlist(filter, t);
			case INTEREST -> flow.interest(filter, t);
			case TIMING -> flow.timing(filter, t);
			case CANCELLATIONS -> cancellations(filter, t);
			case REASONS -> flow.reasons(filter, t);
			case ATTENDANCE -> attendance(filter, t);
			case COMPLETION -> completion(filter, t);
			case AWARDS -> flow.awards(filter, t);
			case OUTCOMES -> outcomes(filter, t);
			case EVALUATIONS -> evaluations(filter, t);
		};
	}

	/**
	 * What a report's section on {@code /reports} shows: the first {@code limit} rows and
	 * bars, with the number of rows of the whole report. The reports of many rows count
	 * only what is shown ({@link SectionQueries}); the others are short, and cut.
	 */
	Report section(ReportKind kind, ReportFilter filter, Locale locale, int limit) {
		var t = new Texts(messages, locale);
		return switch (kind) {
			case FILL -> {
				var s = sections.fill(filter, limit);
				yield fill(s.cohorts(), s.programmes(), t, s.total());
			}
			case COMPLETION -> {
				var s = sections.completion(filter, limit);
				yield completion(s.cohorts(), s.programmes(), t, s.total());
			}
			case WAITLIST -> {
				var s = sections.waitlist(filter, limit);
				yield waitlist(s.rows(), s.totals(), t, s.total());
			}
			case CANCELLATIONS -> {
				var s = sections.cancellations(filter, limit);
				yield cancellations(s.rows(), t, s.total());
			}
			case TIMING -> {
				var s = sections.timings(filter, limit);
				yield flow.timing(s.rows(), t, s.total());
			}
			default -> build(kind, filter, locale).first(limit);
		};
	}

	private Report signUps(ReportFilter filter, Texts t) {
		var months = queries.signUps(filter);
		var format = DateTimeFormatter.ofPattern("MMM yyyy", t.dateLocale());
		String column = filter.weekly() ? "week" : "month";
		var rows = new ArrayList<List<Cell>>();
		var bars = new ArrayList<BarChart.Bar>();
		int max = 0;
		int total = 0;
		for (var m : months) {
			String month = filter.weekly()
					? t.text("reports.signups.weekOf", m.month().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
							Integer.toString(m.month().get(IsoFields.WEEK_BASED_YEAR)))
					: format.format(m.month());
			rows.add(List.of(Cell.text(month), Cell.number(m.signUps())));
			bars.add(new BarChart.Bar(month, m.signUps(), Integer.toString(m.signUps())));
			max = Math.max(max, m.signUps());
			total += m.signUps();
		}
		return new Report(ReportKind.SIGNUPS, t.headings("signups", column, "signUps"), rows, BarChart.of(bars, max),
				t.text("reports.signups.total", total), total > 0);
	}

	private Report fill(ReportFilter filter, Texts t) {
		var lines = queries.fillRates(filter);
		var programmes = new LinkedHashMap<Long, FillRow>();
		lines.forEach(f -> programmes.putIfAbsent(f.programmeId(), f));
		return fill(lines, List.copyOf(programmes.values()), t, lines.size());
	}

	/** The fill-rate report of these cohorts, with a bar for each of these programmes. */
	private Report fill(List<FillRow> lines, List<FillRow> programmes, Texts t, int total) {
		var rows = new ArrayList<List<Cell>>();
		for (var f : lines) {
			rows.add(List.of(Cell.programme(f.title(), f.language()), Cell.text(f.code()),
					Cell.text(f.startDate().toString()), Cell.number(f.confirmed()), Cell.number(f.capacity()),
					t.percent(f.fillPercent()), t.percent(f.programmeFillPercent())));
		}
		var bars = programmes.stream()
			.map(f -> new BarChart.Bar(f.title(), value(f.programmeFillPercent()),
					t.percentText(f.programmeFillPercent())))
			.toList();
		return new Report(ReportKind.FILL, t.headings("fill", "programme", "cohort", "start", "confirmed", "capacity",
				"fillRate", "programmeFillRate"), rows, BarChart.of(bars, 100), null, !rows.isEmpty(), total);
	}

	private Report waitlist(ReportFilter filter, Texts t) {
		var lines = queries.waitlistOutcomes(filter);
		int[] totals = new int[7];
		for (var w : lines) {
			int[] figures = { w.waitlisted(), w.offered(), w.accepted(), w.expired(), w.moved(), w.stillWaiting(),
					w.neverPlaced() };
			for (int i = 0; i < figures.length; i++) {
				totals[i] += figures[i];
			}
		}
		return waitlist(lines, totals, t, lines.size());
	}

	/**
	 * The waitlist report of these programmes, with the chart of the totals of all
	 * programmes.
	 */
	private Report waitlist(List<WaitlistRow> lines, int[] totals, Texts t, int total) {
		var rows = new ArrayList<List<Cell>>();
		for (var w : lines) {
			int[] figures = { w.waitlisted(), w.offered(), w.accepted(), w.expired(), w.moved(), w.stillWaiting(),
					w.neverPlaced() };
			var row = new ArrayList<Cell>();
			row.add(Cell.programme(w.title(), w.language()));
			for (int i = 0; i < figures.length; i++) {
				row.add(Cell.number(figures[i]));
			}
			rows.add(row);
		}
		String[] columns = { "waitlisted", "offered", "accepted", "expired", "moved", "stillWaiting", "neverPlaced" };
		var bars = new ArrayList<BarChart.Bar>();
		for (int i = 0; i < columns.length; i++) {
			bars.add(new BarChart.Bar(t.text("reports.waitlist.col." + columns[i]), totals[i],
					Integer.toString(totals[i])));
		}
		var headings = new ArrayList<String>();
		headings.add(t.text("reports.waitlist.col.programme"));
		for (String c : columns) {
			headings.add(t.text("reports.waitlist.col." + c));
		}
		return new Report(ReportKind.WAITLIST, headings, rows, BarChart.of(bars, totals[0]), null, !rows.isEmpty(),
				total);
	}

	private Report cancellations(ReportFilter filter, Texts t) {
		var lines = queries.cancellations(filter);
		return cancellations(lines, t, lines.size());
	}

	private Report cancellations(List<CancellationRow> lines, Texts t, int total) {
		var rows = new ArrayList<List<Cell>>();
		var bars = new ArrayList<BarChart.Bar>();
		for (var c : lines) {
			rows.add(List.of(Cell.programme(c.title(), c.language()), Cell.number(c.enrolments()),
					Cell.number(c.cancelled()), t.percent(c.cancelledPercent()), Cell.number(c.byParticipant()),
					Cell.number(c.bySecretary()), Cell.number(c.byOther())));
			bars.add(new BarChart.Bar(c.title(), value(c.cancelledPercent()), t.percentText(c.cancelledPercent())));
		}
		return new Report(
				ReportKind.CANCELLATIONS, t.headings("cancellations", "programme", "enrolments", "cancelled", "rate",
						"byParticipant", "bySecretary", "byOther"),
				rows, BarChart.of(bars, 100), null, !rows.isEmpty(), total);
	}

	private Report attendance(ReportFilter filter, Texts t) {
		var lines = queries.attendance(filter);
		var rows = new ArrayList<List<Cell>>();
		var bars = new ArrayList<BarChart.Bar>();
		for (var a : lines) {
			rows.add(List.of(Cell.programme(a.title(), a.language()), Cell.number(a.sessions()),
					Cell.number(a.registered()), Cell.number(a.present()), Cell.number(a.absent()),
					Cell.number(a.excused()), t.percent(a.noShowPercent())));
			bars.add(new BarChart.Bar(a.title(), value(a.noShowPercent()), t.percentText(a.noShowPercent())));
		}
		return new Report(ReportKind.ATTENDANCE, t.headings("attendance", "programme", "sessions", "registered",
				"present", "absent", "excused", "noShow"), rows, BarChart.of(bars, 100), null, !rows.isEmpty());
	}

	private Report completion(ReportFilter filter, Texts t) {
		var lines = queries.completion(filter);
		var programmes = new LinkedHashMap<Long, CompletionRow>();
		lines.forEach(c -> programmes.putIfAbsent(c.programmeId(), c));
		return completion(lines, List.copyOf(programmes.values()), t, lines.size());
	}

	/**
	 * The completion report of these cohorts, with a bar for each of these programmes.
	 */
	private Report completion(List<CompletionRow> lines, List<CompletionRow> programmes, Texts t, int total) {
		var rows = new ArrayList<List<Cell>>();
		for (var c : lines) {
			rows.add(List.of(Cell.programme(c.title(), c.language()), Cell.text(c.code()),
					Cell.text(c.startDate().toString()), Cell.number(c.participants()), Cell.number(c.completed()),
					Cell.number(c.notCompleted()), t.percent(c.completionPercent()),
					t.percent(c.programmeCompletionPercent())));
		}
		var bars = programmes.stream()
			.map(c -> new BarChart.Bar(c.title(), value(c.programmeCompletionPercent()),
					t.percentText(c.programmeCompletionPercent())))
			.toList();
		return new Report(
				ReportKind.COMPLETION, t.headings("completion", "programme", "cohort", "start", "participants",
						"completed", "notCompleted", "rate", "programmeRate"),
				rows, BarChart.of(bars, 100), null, !rows.isEmpty(), total);
	}

	private Report outcomes(ReportFilter filter, Texts t) {
		var lines = queries.careerOutcomes(filter);
		var rows = new ArrayList<List<Cell>>();
		var bars = new ArrayList<BarChart.Bar>();
		int recorded = 0;
		int leadership = 0;
		for (OutcomeRow o : lines) {
			var share = o.leadershipPercent();
			String took = t.text("reports.outcomes.share", t.percentText(share), o.leadership(), o.recorded());
			rows.add(List.of(Cell.programme(o.title(), o.language()), Cell.text(Integer.toString(o.cohortYear())),
					Cell.number(o.completed()), Cell.number(o.recorded()), Cell.number(o.formal()),
					Cell.number(o.leadershipLike()), Cell.number(o.noneYet()), t.percent(share),
					t.whole(o.medianMonthsToRole())));
			bars.add(new BarChart.Bar(o.title() + " " + o.cohortYear(), value(share), took));
			recorded += o.recorded();
			leadership += o.formal() + o.leadershipLike();
		}
		var overall = ReportQueries.percent(leadership, recorded);
		String headline = overall == null ? null
				: t.text("reports.outcomes.headline", t.percentText(overall), recorded);
		return new Report(ReportKind.OUTCOMES,
				t.headings("outcomes", "programme", "year", "completed", "recorded", "formal", "leadershipLike",
						"noneYet", "leadershipShare", "monthsToRole"),
				rows, BarChart.of(bars, 100), headline, !rows.isEmpty());
	}

	private Report evaluations(ReportFilter filter, Texts t) {
		var rows = new ArrayList<List<Cell>>();
		var bars = new ArrayList<BarChart.Bar>();
		for (var e : evaluations.evaluations(filter)) {
			var rate = e.responsePercent();
			var mean = e.meanScore() == null ? null : Math.round(e.meanScore() * 10) / 10.0;
			rows.add(List.of(Cell.programme(e.title(), e.language()), Cell.text(Integer.toString(e.year())),
					Cell.number(e.rounds()), Cell.number(e.invited()), Cell.number(e.answered()), t.percent(rate),
					t.decimal(mean)));
			bars.add(new BarChart.Bar(e.title() + " " + e.year(), value(rate), t.text("reports.evaluations.bar",
					t.percentText(rate), mean == null ? t.text("reports.none") : t.decimalText(mean))));
		}
		return new Report(ReportKind.EVALUATIONS,
				t.headings("evaluations", "programme", "year", "rounds", "invited", "answered", "rate", "mean"), rows,
				BarChart.of(bars, 100), null, !rows.isEmpty());
	}

	static double value(@Nullable Integer percent) {
		return percent == null ? 0 : percent;
	}

	/**
	 * A report as shown and exported: the page, the CSV and the spreadsheet all read
	 * this.
	 */
	public record Report(ReportKind kind, List<String> headings, List<List<Cell>> rows, BarChart chart,
			@Nullable String headline, boolean hasData, int total) {

		/** A whole report: its rows and bars are all there. */
		public Report(ReportKind kind, List<String> headings, List<List<Cell>> rows, BarChart chart,
				@Nullable String headline, boolean hasData) {
			this(kind, headings, rows, chart, headline, hasData, Math.max(rows.size(), chart.rows().size()));
		}

		public String id() {
			return kind.id();
		}

		/**
		 * The first {@code limit} rows of the table and bars of the chart: what a section
		 * of the reports page shows (a report of thousands of cohorts is read on its own
		 * page and in the exports). The number of rows in all stays.
		 */
		public Report first(int limit) {
			if (rows.size() <= limit && chart.rows().size() <= limit) {
				return this;
			}
			return new Report(kind, headings, rows.subList(0, Math.min(limit, rows.size())), chart.first(limit),
					headline, hasData, total);
		}
	}

	/**
	 * One cell: its text in the reader's language, its number for a spreadsheet, its
	 * language when it is a title.
	 */
	public record Cell(String text, @Nullable Number number, @Nullable String lang) {

		static Cell text(String text) {
			return new Cell(text, null, null);
		}

		static Cell number(int value) {
			return new Cell(Integer.toString(value), value, null);
		}

		static Cell programme(String title, String language) {
			return new Cell(title, null, language);
		}
	}

	record Texts(MessageSource messages, Locale locale) {

		String text(String key, @Nullable Object... args) {
			return messages.getMessage(key, args, locale);
		}

		List<String> headings(String report, String... columns) {
			var list = new ArrayList<String>();
			for (String c : columns) {
				list.add(text("reports." + report + ".col." + c));
			}
			return list;
		}

		Locale dateLocale() {
			return "en".equals(locale.getLanguage()) ? Locale.UK : locale;
		}

		String percentText(@Nullable Integer percent) {
			return percent == null ? text("reports.none")
					: NumberFormat.getPercentInstance(dateLocale()).format(percent / 100.0);
		}

		Cell percent(@Nullable Integer percent) {
			return new Cell(percentText(percent), percent, null);
		}

		/** A whole number that may be missing ("no figure"). */
		Cell whole(@Nullable Integer value) {
			return value == null ? new Cell(text("reports.none"), null, null)
					: new Cell(Integer.toString(value), value, null);
		}

		/** A number with one decimal in the reader's notation; may be missing. */
		Cell decimal(@Nullable Double value) {
			return value == null ? new Cell(text("reports.none"), null, null)
					: new Cell(decimalText(value), value, null);
		}

		String decimalText(double value) {
			var format = NumberFormat.getNumberInstance(dateLocale());
			format.setMinimumFractionDigits(1);
			format.setMaximumFractionDigits(1);
			return format.format(value);
		}
	}

}
