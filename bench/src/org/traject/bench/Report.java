package org.traject.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns one benchmark run's raw results (wrk outputs per page and round, {@code meta.properties}) into the Markdown
 * table that bench/run.sh prints and the README quotes: medians over the rounds, the ratios against the two
 * references and each goal with PASS or MISS.
 */
public final class Report {

	private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

	private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

	private static final Pattern SOCKET_ERRORS = Pattern.compile(
			"Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

	/** Pages in the order of the table; the last two are the references. */
	private static final List<String[]> PAGES = List.of(new String[] { "catalogue", "catalogue, first page" },
			new String[] { "catalogue_rendered", "catalogue, first page, rendered for every request (a session cookie: no page cache)" },
			new String[] { "catalogue_signed_in", "catalogue, first page, for a signed-in participant" },
			new String[] { "search", "catalogue, filtered search" }, new String[] { "programme", "programme page" },
			new String[] { "roster", "secretary: roster of 200" }, new String[] { "plan", "participant: /my/plan" },
			new String[] { "reports", "secretary: reports page, the shell (filter and a placeholder per report; one connection)" },
			new String[] { "report_section_signups", "report section: sign-ups over time (htmx, one connection)" },
			new String[] { "report_section_fill", "report section: fill rate (htmx, one connection)" },
			new String[] { "report_section_waitlist", "report section: waitlist outcomes (htmx, one connection)" },
			new String[] { "report_section_interest", "report section: interest lists (htmx, one connection)" },
			new String[] { "report_section_timing", "report section: waiting times (htmx, one connection)" },
			new String[] { "report_section_cancellations", "report section: cancellations (htmx, one connection)" },
			new String[] { "report_section_reasons", "report section: reasons for cancelling (htmx, one connection)" },
			new String[] { "report_section_attendance", "report section: attendance (htmx, one connection)" },
			new String[] { "report_section_completion", "report section: completion (htmx, one connection)" },
			new String[] { "report_section_awards", "report section: certificates and points (htmx, one connection)" },
			new String[] { "report_section_outcomes", "report section: career outcomes (htmx, one connection)" },
			new String[] { "report_section_evaluations", "report section: evaluations (htmx, one connection)" },
			new String[] { "report_signups", "report: sign-ups over time (CSV, one connection)" },
			new String[] { "report_fill", "report: fill rate (CSV, one connection)" },
			new String[] { "report_waitlist", "report: waitlist outcomes (CSV, one connection)" },
			new String[] { "report_interest", "report: interest lists (CSV, one connection)" },
			new String[] { "report_timing", "report: waiting times (CSV, one connection)" },
			new String[] { "report_cancellations", "report: cancellations (CSV, one connection)" },
			new String[] { "report_reasons", "report: reasons for cancelling (CSV, one connection)" },
			new String[] { "report_attendance", "report: attendance (CSV, one connection)" },
			new String[] { "report_completion", "report: completion (CSV, one connection)" },
			new String[] { "report_awards", "report: certificates and points (CSV, one connection)" },
			new String[] { "report_outcomes", "report: career outcomes (CSV, one connection)" },
			new String[] { "report_evaluations", "report: evaluations (CSV, one connection)" },
			new String[] { "ref_memory", "reference (a): catalogue bytes from memory" },
			new String[] { "ref_fortunes", "reference (b): Fortunes" });

	private final Path dir;

	private final Properties meta = new Properties();

	private Report(Path dir) throws IOException {
		this.dir = dir;
		try (Reader reader = Files.newBufferedReader(dir.resolve("meta.properties"))) {
			meta.load(reader);
		}
	}

	public static void main(String[] args) throws IOException {
		System.out.print(new Report(Path.of(args[0])).render());
	}

	private String render() throws IOException {
		var out = new StringBuilder();
		out.append("Measured ").append(meta.getProperty("date", "?")).append(" on ").append(meta.getProperty("machine", "?"))
			.append('\n');
		out.append("wrk ").append(meta.getProperty("wrk", "?")).append(", after a warm-up; median of ")
			.append(meta.getProperty("rounds", "?")).append(" rounds; JVM options ")
			.append(meta.getProperty("java_opts", "?")).append("; data: ").append(meta.getProperty("parameters", "?"))
			.append('.').append('\n');
		if ("true".equals(meta.getProperty("shared"))) {
			out.append("**The machine was shared with other work during this run** (load average before: ")
				.append(meta.getProperty("load_before", "?")).append("): figures are lower and noisier than on an idle machine.\n");
		}
		out.append('\n');
		out.append("| page | req/s | p50 ms | p99 ms | p99 ÷ p50 | p50 ms, 1 connection | SQL statements | errors | JVM CPU ms/request | load |\n");
		out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		List<String> tailMisses = new ArrayList<>();
		for (String[] page : PAGES) {
			String key = page[0];
			String skipped = meta.getProperty("skip." + key);
			if (skipped != null) {
				out.append("| ").append(page[1]).append(" | skipped: ").append(skipped).append(" |  |  |  |  |  |  |  |  |\n");
				continue;
			}
			Result r = result(key);
			if (r == null) {
				continue;
			}
			double tail = r.p99 / r.p50;
			// the goal is for the product's pages at many connections; the references' tails
			// are shown for comparison, the reports' (one connection) have a goal of their own
			if (!key.startsWith("ref_") && !key.startsWith("report") && !(tail <= 4)) {
				tailMisses.add(page[1]);
			}
			out.append("| ").append(page[1]).append(" `").append(meta.getProperty("path." + key, "")).append("` | ")
				.append(fmt(r.rps, 0)).append(" | ").append(fmt(r.p50, 2)).append(" | ").append(fmt(r.p99, 2))
				.append(" | ").append(fmt(tail, 1)).append(" | ").append(key.startsWith("ref_") ? "" : fmt(single(key), 2)).append(" | ")
				.append(meta.getProperty("statements." + key, "?"))
				.append(" | ").append(r.errors).append(" | ").append(fmt(number("cpu_us." + key) / 1000.0, 2))
				.append(" | ").append(meta.getProperty("load." + key, "?")).append(" |\n");
		}
		out.append('\n');

		Result catalogue = result("catalogue");
		Result memory = result("ref_memory");
		Result fortunes = result("ref_fortunes");
		Result roster = meta.getProperty("skip.roster") == null ? result("roster") : null;
		out.append("| goal | measured | |\n|---|---:|---|\n");
		if (catalogue != null && memory != null) {
			goal(out, "catalogue ÷ (a) ≥ 0.5 (throughput)", catalogue.rps / memory.rps, 0.5, true);
		}
		if (catalogue != null && fortunes != null) {
			goal(out, "catalogue ÷ (b) ≥ 0.8 (throughput)", catalogue.rps / fortunes.rps, 0.8, true);
			Result rendered = result("catalogue_rendered");
			if (rendered != null && memory != null) {
				out.append("| catalogue rendered for every request ÷ (a), ÷ (b) (not a goal: without the page cache) | ")
					.append(String.format(java.util.Locale.ROOT, "%.4f, %.2f", rendered.rps / memory.rps,
							rendered.rps / fortunes.rps))
					.append(" | |\n");
			}
		}
		double fortunesCpu = number("cpu_us.ref_fortunes");
		if (fortunesCpu > 0) {
			for (String key : List.of("catalogue_rendered", "catalogue_signed_in", "roster", "plan")) {
				if (number("cpu_us." + key) > 0) {
					out.append("| JVM CPU per request ÷ Fortunes: ").append(key).append(" | ")
						.append(fmt(number("cpu_us." + key) / fortunesCpu, 1)).append(" | |\n");
				}
			}
			Result signedIn = result("catalogue_signed_in");
			if (signedIn != null && fortunes != null) {
				goal(out, "catalogue for a signed-in person ÷ (b) ≥ 0.5 (throughput)", signedIn.rps / fortunes.rps, 0.5,
						true);
			}
			if (roster != null && fortunes != null) {
				out.append("| roster p50 (1 connection) ÷ Fortunes p50 (32 connections) ≤ 30 | ")
					.append(fmt(single("roster") / fortunes.p50, 1)).append(" | |\n");
			}
		}
		out.append("| p99 ≤ 4 × p50 on every page at ").append(meta.getProperty("connections", "?"))
			.append(" connections | ")
			.append(tailMisses.isEmpty() ? "all product pages" : String.join(", ", tailMisses) + ": above or not measured")
			.append(" | ").append(tailMisses.isEmpty() ? "PASS" : "MISS").append(" |\n");
		double slowestReport = 0;
		String slowest = null;
		for (String[] page : PAGES) {
			Result r = page[0].startsWith("report") ? result(page[0]) : null;
			if (r != null && !(r.p99 <= slowestReport)) {
				slowestReport = r.p99;
				slowest = page[1];
			}
		}
		if (slowest != null) {
			goal(out, "every report answers within a second: p99 ≤ 1,000 ms, one secretary at a time (slowest: "
					+ slowest + ")", slowestReport, 1000, false);
		}
		if (roster != null) {
			goal(out, "roster of 200: p50 ≤ 30 ms (one secretary at a time)", single("roster"), 30, false);
			goal(out, "roster of 200: p50 ≤ 30 ms (at " + meta.getProperty("connections", "?") + " connections)",
					roster.p50, 30, false);
		}
		else {
			out.append("| roster of 200: p50 ≤ 30 ms | not measured | |\n");
		}
		double start = number("start_ms") / 1000.0;
		if (start > 0) {
			goal(out, "start to first page ≤ 8 s", start, 8, false);
		}
		double rss = number("rss_10k_kib") / 1024.0;
		if (rss > 0) {
			goal(out, "RSS after 10,000 requests ≤ 600 MiB", rss, 600, false);
		}
		if (meta.getProperty("rush.p99_ms") != null) {
			goal(out, "sign-up rush: p99 ≤ 1 s (" + meta.getProperty("rush.people") + " people, "
					+ meta.getProperty("rush.instances") + " instances)", number("rush.p99_ms") / 1000.0, 1, false);
			boolean exact = "PASS".equals(meta.getProperty("rush.check_seats"))
					&& "PASS".equals(meta.getProperty("rush.check_waitlist")) && number("rush.server_errors") == 0;
			out.append("| sign-up rush: exactly ").append(meta.getProperty("rush.capacity", "?"))
				.append(" confirmed, gap-free waitlist, 0 server errors | ")
				.append(meta.getProperty("rush.confirmed", "?")).append(" confirmed; waitlist ")
				.append(meta.getProperty("rush.waitlisted", "?")).append("; ")
				.append(meta.getProperty("rush.server_errors", "?")).append(" server errors; gap-free ")
				.append(meta.getProperty("rush.check_waitlist_gap_free", "?")).append(", everyone placed ")
				.append(meta.getProperty("rush.check_everyone_placed", "?")).append(" | ")
				.append(exact ? "PASS" : "MISS").append(" |\n");
		}
		else if (meta.getProperty("rush.skipped") != null) {
			out.append("| sign-up rush | skipped: ").append(meta.getProperty("rush.skipped")).append(" | |\n");
		}
		out.append('\n');
		out.append("Start to first page: ").append(fmt(start, 1)).append(" s (Spring's own count: ")
			.append(meta.getProperty("started_in", "?")).append(meta.getProperty("start_without_cds_ms") == null ? ""
					: "; the same start without the class-data-sharing archive: "
							+ fmt(number("start_without_cds_ms") / 1000.0, 1) + " s").append("). RSS after ").append(meta.getProperty("rss_requests", "?")).append(" warm-up requests: ").append(fmt(rss, 0))
			.append(" MiB; at the end of the run: ").append(fmt(number("rss_end_kib") / 1024.0, 0)).append(" MiB.");
		if (meta.getProperty("rush.p50_ms") != null) {
			out.append(" Sign-up request p50 ").append(meta.getProperty("rush.p50_ms")).append(" ms, p99 ")
				.append(meta.getProperty("rush.p99_ms")).append(" ms, max ").append(meta.getProperty("rush.max_ms"))
				.append(" ms.");
		}
		if (meta.getProperty("rush.jvm_cpu_ms_per_person") != null) {
			out.append(" CPU per sign-up in the rush (load ").append(meta.getProperty("rush.load", "?"))
				.append(" before): JVMs ").append(meta.getProperty("rush.jvm_cpu_ms_per_person")).append(" ms, PostgreSQL ")
				.append(meta.getProperty("rush.pg_cpu_ms_per_person", "?")).append(" ms.");
		}
		out.append('\n');
		return out.toString();
	}

	private void goal(StringBuilder out, String name, double value, double limit, boolean atLeast) {
		boolean pass = !Double.isNaN(value) && value >= 0 && (atLeast ? value >= limit : value <= limit);
		out.append("| ").append(name).append(" | ").append(fmt(value, Math.abs(value) < 0.1 ? 4 : 2)).append(" | ")
			.append(pass ? "PASS" : "MISS")
			.append(" |\n");
	}

	private double number(String key) {
		String value = meta.getProperty(key);
		try {
			return value == null ? -1 : Double.parseDouble(value.trim().split("\\s+")[0]);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** Median over the rounds of requests per second, p50 and p99; errors summed. */
	private Result result(String key) throws IOException {
		Path pageDir = dir.resolve(key);
		if (!Files.isDirectory(pageDir)) {
			return null;
		}
		List<Result> rounds = new ArrayList<>();
		try (Stream<Path> files = Files.list(pageDir)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith("round-")).sorted().toList()) {
				rounds.add(parse(Files.readString(file)));
			}
		}
		if (rounds.isEmpty()) {
			return null;
		}
		return new Result(median(rounds.stream().mapToDouble(Result::rps).toArray()),
				median(rounds.stream().mapToDouble(Result::p50).toArray()),
				median(rounds.stream().mapToDouble(Result::p99).toArray()),
				rounds.stream().mapToLong(Result::errors).sum());
	}

	/** p50 of the round with a single connection, when there is one. */
	private double single(String key) throws IOException {
		Path file = dir.resolve(key).resolve("single.txt");
		return Files.exists(file) ? parse(Files.readString(file)).p50 : Double.NaN;
	}

	static Result parse(String wrk) {
		double rps = find(RPS, wrk).map(Double::parseDouble).orElse(0.0);
		long errors = find(NON_2XX, wrk).map(Long::parseLong).orElse(0L);
		Matcher socket = SOCKET_ERRORS.matcher(wrk);
		if (socket.find()) {
			for (int i = 1; i <= 4; i++) {
				errors += Long.parseLong(socket.group(i));
			}
		}
		if (rps == 0) {
			// no response completed within the round: there is no latency to report
			return new Result(0, Double.NaN, Double.NaN, errors);
		}
		return new Result(rps, latency(wrk, "50%"), latency(wrk, "99%"), errors);
	}

	/** A latency line of wrk's distribution ("99%   12.34ms") in milliseconds. */
	private static double latency(String wrk, String percentile) {
		Matcher m = Pattern.compile("^\\s*" + Pattern.quote(percentile) + "\\s+([\\d.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE)
			.matcher(wrk);
		if (!m.find()) {
			return Double.NaN;
		}
		double value = Double.parseDouble(m.group(1));
		return switch (m.group(2)) {
			case "us" -> value / 1000;
			case "s" -> value * 1000;
			case "m" -> value * 60_000;
			default -> value;
		};
	}

	private static java.util.Optional<String> find(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	private static String fmt(double value, int decimals) {
		return Double.isNaN(value) || value < 0 ? "?" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
	}

	record Result(double rps, double p50, double p99, long errors) {
	}
}
