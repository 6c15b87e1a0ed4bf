package org.traject.development.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The geometry of a radar chart, computed here so the template only places numbers into
 * SVG attributes (the content security policy allows no script and no inline style). One
 * axis per competency, clockwise from the top, numbered like the rows of the table beside
 * it; one ring per scale level; one polygon per series.
 */
public record RadarChart(int size, double center, double radius, List<Axis> axes, List<Ring> rings, String target,
		String self, @Nullable String others) {

	static final int SIZE = 420;

	private static final double MARGIN = 42;

	/**
	 * @param levels the highest level of the scale
	 * @param target target level per axis
	 * @param self the participant's own level per axis (null when unanswered: drawn at
	 * the centre)
	 * @param others the average of others per axis, or null for the whole series when
	 * none may be shown
	 */
	public static RadarChart of(int levels, List<? extends Number> target, List<? extends @Nullable Number> self,
			@Nullable List<? extends @Nullable Number> others) {
		int n = target.size();
		double center = SIZE / 2.0;
		double radius = center - MARGIN;
		var axes = new ArrayList<Axis>();
		for (int i = 0; i < n; i++) {
			double[] end = point(center, radius, i, n, 1);
			double[] label = point(center, radius + 18, i, n, 1);
			double dx = label[0] - center;
			String anchor = Math.abs(dx) < 1 ? "middle" : dx > 0 ? "start" : "end";
			axes.add(new Axis(i + 1, fmt(end[0]), fmt(end[1]), fmt(label[0]), fmt(label[1] + 5), anchor));
		}
		var rings = new ArrayList<Ring>();
		for (int level = 1; level <= levels; level++) {
			var values = new ArrayList<Integer>();
			for (int i = 0; i < n; i++) {
				values.add(level);
			}
			rings.add(new Ring(level, points(center, radius, levels, values)));
		}
		return new RadarChart(SIZE, center, radius, axes, rings, points(center, radius, levels, target),
				points(center, radius, levels, self), others == null ? null : points(center, radius, levels, others));
	}

	private static String points(double center, double radius, int levels, List<? extends @Nullable Number> values) {
		var text = new StringBuilder();
		for (int i = 0; i < values.size(); i++) {
			Number v = values.get(i);
			double share = v == null || levels == 0 ? 0 : Math.max(0, Math.min(v.doubleValue(), levels)) / levels;
			double[] p = point(center, radius, i, values.size(), share);
			if (i > 0) {
				text.append(' ');
			}
			text.append(fmt(p[0])).append(',').append(fmt(p[1]));
		}
		return text.toString();
	}

	private static double[] point(double center, double radius, int i, int n, double share) {
		double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(n, 1);
		return new double[] { center + radius * share * Math.cos(angle), center + radius * share * Math.sin(angle) };
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, "%.1f", v);
	}

	public String viewBox() {
		return "0 0 " + size + " " + size;
	}

	/** A spoke from the centre to (x, y) with its number at (labelX, labelY). */
	public record Axis(int number, String x, String y, String labelX, String labelY, String anchor) {
	}

	public record Ring(int level, String points) {
	}
}
