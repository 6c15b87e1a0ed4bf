package org.traject.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a horizontal bar chart (the reports and the evaluation results draw it
 * with {@code fragments/charts :: barChart}), computed here so that the template only
 * places numbers into SVG attributes (the content security policy allows no script and no
 * inline style). One row per bar: its label on the left, the bar, and the figure as text
 * after it, so the chart reads in black and white and in print.
 */
public record BarChart(int width, int height, List<Row> rows) {

	public static final int WIDTH = 480;

	private static final int LABEL_WIDTH = 170;

	private static final int BAR_AREA = 230;

	private static final int ROW_HEIGHT = 26;

	private static final int LABEL_LENGTH = 22;

	public static BarChart of(List<Bar> bars, double max) {
		var rows = new ArrayList<Row>();
		double top = max <= 0 ? 1 : max;
		for (int i = 0; i < bars.size(); i++) {
			var bar = bars.get(i);
			int y = 6 + i * ROW_HEIGHT;
			double length = Math.max(0, Math.min(bar.value(), top)) / top * BAR_AREA;
			rows.add(new Row(shorten(bar.label()), bar.label(), LABEL_WIDTH - 8, y + 17, LABEL_WIDTH, y + 4,
					fmt(length), 18, LABEL_WIDTH + (int) Math.round(length) + 6, bar.text()));
		}
		return new BarChart(WIDTH, 12 + bars.size() * ROW_HEIGHT, List.copyOf(rows));
	}

	/** The first {@code limit} rows, drawn as before, in a shorter chart. */
	public BarChart first(int limit) {
		if (rows.size() <= limit) {
			return this;
		}
		return new BarChart(width, 12 + limit * ROW_HEIGHT, rows.subList(0, limit));
	}

	public String viewBox() {
		return "0 0 " + width + " " + height;
	}

	private static String shorten(String label) {
		return label.length() <= LABEL_LENGTH ? label : label.substring(0, LABEL_LENGTH - 1).stripTrailing() + "…";
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, "%.1f", v);
	}

	/** One figure: what it is, its value on the chart's scale, and how it reads. */
	public record Bar(String label, double value, String text) {
	}

	/**
	 * A drawn row: label (shortened; the full text as its tooltip) right-aligned at
	 * labelX, bar, and figure.
	 */
	public record Row(String label, String fullLabel, int labelX, int textY, int barX, int barY, String barWidth,
			int barHeight, int valueX, String text) {
	}
}
