package org.traject.reports.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.traject.web.BarChart;
import org.traject.reports.internal.AwardQueries;
import org.traject.reports.internal.EnrolmentFlowQueries;
import org.traject.reports.internal.EnrolmentFlowQueries.TimingRow;
import org.traject.reports.internal.ReportFilter;
import org.traject.reports.web.ReportTables.Cell;
import org.traject.reports.web.ReportTables.Report;
import org.traject.reports.web.ReportTables.Texts;

/**
 * The reports on interest lists, waiting times, cancellation reasons and certificates, as
 * headings, cells and a bar chart, the same for the page and the exports. One statement
 * per report.
 */
@Component
class FlowTables {

	private final EnrolmentFlowQueries flow;

	private final AwardQueries awards;

	FlowTables(EnrolmentFlowQueries flow, AwardQueries awards) {
		this.flow = flow;
		this.awards = awards;
	}

	Report interest(ReportFilter filter, Texts t) {
		var rows = new ArrayList<List<Cell>>();
		var bars = new ArrayList<BarChart.Bar>();
		for (var i : flow.interestConversions(filter)) {
			rows.add(List.of(Cell.programme(i.title(), i.language()), Cell.number(i.registrations()),
					Cell.number(i.invited()), Cell.number(i.converted()), t.percent(i.conversionPercent())));
			bars.add(new BarChart.Bar(i.title(), ReportTables.value(i.conversionPercent()), t
				.text("reports.interest.share", t.percentText(i.conversionPercent()), i.converted(), i.invited())));
		}
		return new Report(ReportKind.INTEREST,
				t.headings("interest", "programme", "registrations", "invited", "converted", "rate"), rows,
				BarChart.of(bars, 100), null, !rows.isEmpty());
	}

	Report timing(ReportFilter filter, Texts t) {
		var lines = flow.timings(filter);
		return timing(lines, t, lines.size());
	}

	/**
	 * The waiting-times report of these programmes; the chart's scale is the longest
	 * median among them.
	 */
	Report timing(List<TimingRow> lines, Texts t, int total) {
		var rows = new ArrayList<List<Cell>>();
		var bars = new ArrayList<BarChart.Bar>();
		double max = 0;
		for (var r : lines) {
			rows.add(List.of(Cell.programme(r.title(), r.language()), Cell.number(r.confirmed()),
					t.decimal(r.medianDaysToConfirm()), Cell.number(r.approvalsAsked()), Cell.number(r.approved()),
					Cell.number(r.declined()), Cell.number(r.expired()), Cell.number(r.waiting()),
					t.decimal(r.medianDaysToAnswer())));
			double days = r.medianDaysToConfirm() == null ? 0 : r.medianDaysToConfirm();
			bars.add(new BarChart.Bar(r.title(), days, r.medianDaysToConfirm() == null ? t.text("reports.none")
					: t.text("reports.timing.days", t.decimalText(days))));
			max = Math.max(max, days);
		}
		return new Report(ReportKind.TIMING,
				t.headings("timing", "programme", "confirmed", "medianToConfirm", "asked", "approved", "declined",
						"expired", "waiting", "medianToAnswer"),
				rows, BarChart.of(bars, max), null, !rows.isEmpty(), total);
	}

	Report reasons(ReportFilter filter, Texts t) {
		var reasons = flow.cancellationReasons(filter);
		var rows = new ArrayList<List<Cell>>();
		var bars = new ArrayList<BarChart.Bar>();
		for (var r : reasons.rows()) {
			String reason = r.reason() == null || r.reason().isBlank() ? t.text("reports.reasons.none") : r.reason();
			rows.add(List.of(Cell.text(reason), Cell.number(r.cancelled()), Cell.number(r.byParticipant()),
					Cell.number(r.bySecretary())));
			bars.add(new BarChart.Bar(reason, r.cancelled(), Integer.toString(r.cancelled())));
		}
		if (reasons.otherReasons() > 0) {
			String other = t.text("reports.reasons.other", reasons.otherReasons());
			rows.add(List.of(Cell.text(other), Cell.number(reasons.otherCancelled()), Cell.text(""), Cell.text("")));
		}
		int max = reasons.rows().stream().mapToInt(r -> r.cancelled()).max().orElse(0);
		return new Report(ReportKind.REASONS,
				t.headings("reasons", "reason", "cancelled", "byParticipant", "bySecretary"), rows,
				BarChart.of(bars, max), t.text("reports.reasons.total", reasons.total()), !rows.isEmpty());
	}

	Report awards(ReportFilter filter, Texts t) {
		var rows = new ArrayList<List<Cell>>();
		var bars = new ArrayList<BarChart.Bar>();
		int certificates = 0;
		for (var a : awards.pointsAndCertificates(filter)) {
			String register = t.text("reports.awards.register." + a.register());
			String period = a.periodStart() == a.periodEnd() ? Integer.toString(a.periodStart())
					: a.periodStart() + "–" + a.periodEnd();
			double points = a.points().doubleValue();
			rows.add(List.of(Cell.text(register), Cell.text(period), Cell.number(a.certificates()),
					Cell.number(a.people()), t.decimal(points)));
			bars.add(new BarChart.Bar(register + " " + period, a.certificates(),
					t.text("reports.awards.bar", a.certificates(), t.decimalText(points))));
			certificates += a.certificates();
		}
		int max = rows.isEmpty() ? 0 : bars.stream().mapToInt(b -> (int) b.value()).max().orElse(0);
		return new Report(ReportKind.AWARDS,
				t.headings("awards", "register", "period", "certificates", "people", "points"), rows,
				BarChart.of(bars, max), t.text("reports.awards.total", certificates), !rows.isEmpty());
	}

}
