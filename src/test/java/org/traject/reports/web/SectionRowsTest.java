package org.traject.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.traject.web.BarChart;

/**
 * A report's section on {@code /reports} shows the start of a long report: the first 25
 * table rows and chart bars; the report's own page and its exports keep every row.
 */
class SectionRowsTest {

	@Test
	void aSectionShowsTheFirstRowsAndBarsInAShorterChart() {
		var report = report(4012, 1000);

		var section = report.first(ReportsController.SECTION_ROWS);

		assertThat(section.rows()).hasSize(25).isEqualTo(report.rows().subList(0, 25));
		assertThat(section.chart().rows()).hasSize(25);
		assertThat(section.chart().height()).isEqualTo(12 + 25 * 26);
		assertThat(section.chart().rows().get(24)).isEqualTo(report.chart().rows().get(24));
		assertThat(section.headings()).isEqualTo(report.headings());
		assertThat(report.rows()).as("the whole report is left as it was").hasSize(4012);
	}

	@Test
	void aShortReportIsShownWhole() {
		var report = report(12, 3);
		assertThat(report.first(ReportsController.SECTION_ROWS)).isSameAs(report);
	}

	private static ReportTables.Report report(int rows, int bars) {
		List<List<ReportTables.Cell>> table = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			table.add(List.of(ReportTables.Cell.text("Cohort " + i), ReportTables.Cell.number(i)));
		}
		List<BarChart.Bar> chartBars = new ArrayList<>();
		for (int i = 0; i < bars; i++) {
			chartBars.add(new BarChart.Bar("Programme " + i, i, i + " %"));
		}
		return new ReportTables.Report(ReportKind.FILL, List.of("Cohort", "Confirmed"), table,
				BarChart.of(chartBars, 100), null, true);
	}

}
