package org.traject.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sign-up rush: many distinct people sign up for one cohort at the same moment, through two application
 * instances, the way browsers do it (GET the form, keep the session cookie and the CSRF token, POST every field the
 * form has). Then the database must show exactly the seats filled and a gap-free waitlist, and no server errors.
 *
 * <p>The form is read generically: every input, select and textarea inside the form that posts to
 * {@code /signup/...} is submitted, text fields filled by what their name suggests, so the client keeps working when
 * the form gains or loses a field.
 *
 * <pre>
 * java -cp ... org.traject.bench.SignupRush --urls http://127.0.0.1:18081,http://127.0.0.1:18082 --cohort 42 \
 *     --people 1000 --jdbc jdbc:postgresql://127.0.0.1:5432/traject_bench --user traject --password traject
 * </pre>
 *
 * Prints {@code key=value} lines (read by bench/run.sh) and exits 0 when every check holds, 1 when one fails, 2 when
 * the sign-up form is not there (404: the enrolment module is not merged yet).
 */
public final class SignupRush {

	private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern FIELD = Pattern.compile(
			"<input\\b([^>]*)>|<select\\b([^>]*)>(.*?)</select>|<textarea\\b([^>]*)>(.*?)</textarea>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");

	private static final Pattern SESSION_COOKIE = Pattern.compile("^(SESSION|JSESSIONID)=([^;]*)");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(30))
		.build();

	private SignupRush() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		List<String> urls = List.of(options.get("urls").split(","));
		long cohort = Long.parseLong(options.get("cohort"));
		int people = Integer.parseInt(options.getOrDefault("people", "1000"));
		String run = Long.toString(System.currentTimeMillis(), 36);
		System.exit(new SignupRush().rush(urls, cohort, people, run, options));
	}

	private int rush(List<String> urls, long cohort, int people, String run, Map<String, String> options) throws Exception {
		var probe = http.send(HttpRequest.newBuilder(URI.create(urls.get(0) + "/signup/" + cohort)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (probe.statusCode() == 404) {
			System.out.println("rush.skipped=GET /signup/" + cohort + " answered 404 (the sign-up form is not in this build)");
			return 2;
		}

		// every browser first loads the form (its own session and CSRF token) ...
		var errors = new AtomicInteger();
		var refused = new AtomicInteger();
		List<CompletableFuture<Visitor>> loads = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			String base = urls.get(i % urls.size());
			loads.add(load(new Visitor(i, base, run), cohort, errors));
		}
		List<Visitor> visitors = loads.stream().map(CompletableFuture::join).filter(v -> v.form != null).toList();

		// ... then all of them press the button at once
		List<CompletableFuture<Long>> posts = new ArrayList<>();
		for (Visitor visitor : visitors) {
			posts.add(submit(visitor, errors, refused));
		}
		List<Long> millis = posts.stream().map(CompletableFuture::join).filter(t -> t >= 0).sorted().toList();

		System.out.println("rush.people=" + people);
		System.out.println("rush.instances=" + urls.size());
		System.out.println("rush.forms_loaded=" + visitors.size());
		System.out.println("rush.signups_answered=" + millis.size());
		System.out.println("rush.server_errors=" + errors.get());
		System.out.println("rush.refused=" + refused.get());
		FAILURES.forEach((kind, count) -> System.out.println("rush.failure." + count + "=" + kind));
		System.out.println("rush.p50_ms=" + percentile(millis, 50));
		System.out.println("rush.p99_ms=" + percentile(millis, 99));
		System.out.println("rush.max_ms=" + (millis.isEmpty() ? -1 : millis.get(millis.size() - 1)));
		boolean consistent = checkDatabase(cohort, people, options);
		return consistent && errors.get() == 0 && refused.get() == 0 ? 0 : 1;
	}

	private CompletableFuture<Visitor> load(Visitor visitor, long cohort, AtomicInteger errors) {
		var request = HttpRequest.newBuilder(URI.create(visitor.base + "/signup/" + cohort))
			.header("Accept-Language", visitor.language())
			.timeout(Duration.ofMinutes(5))
			.GET()
			.build();
		return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
			if (failure != null || response.statusCode() != 200) {
				errors.incrementAndGet();
				return visitor;
			}
			visitor.cookie = sessionCookie(response).orElse(null);
			visitor.form = SignupForm.read(response.body(), "/signup/");
			return visitor;
		});
	}

	private CompletableFuture<Long> submit(Visitor visitor, AtomicInteger errors, AtomicInteger refused) {
		var builder = HttpRequest.newBuilder(URI.create(visitor.base).resolve(visitor.form.action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", visitor.language())
			.timeout(Duration.ofMinutes(5))
			.POST(HttpRequest.BodyPublishers.ofString(visitor.form.fill(visitor)));
		if (visitor.cookie != null) {
			builder.header("Cookie", visitor.cookie);
		}
		long started = System.nanoTime();
		return http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
			long took = (System.nanoTime() - started) / 1_000_000;
			if (failure != null || response.statusCode() >= 500) {
				errors.incrementAndGet();
				String kind = failure != null ? rootCause(failure).toString() : "HTTP " + response.statusCode();
				FAILURES.merge(kind.length() > 160 ? kind.substring(0, 160) : kind, 1, Integer::sum);
				return -1L;
			}
			// success is the redirect to the outcome; the form again (200) means it was refused
			if (response.statusCode() != 302 && response.statusCode() != 303) {
				refused.incrementAndGet();
			}
			return took;
		});
	}

	private static final Map<String, Integer> FAILURES = new java.util.concurrent.ConcurrentHashMap<>();

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static boolean checkDatabase(long cohort, int people, Map<String, String> options) throws SQLException {
		try (Connection db = DriverManager.getConnection(options.get("jdbc"), options.get("user"), options.get("password"))) {
			int capacity = single(db, "select capacity from cohort where id = " + cohort);
			int confirmed = single(db, "select count(*) from enrolment where cohort_id = " + cohort
					+ " and status = 'CONFIRMED'");
			int waitlisted = single(db, "select count(*) from enrolment where cohort_id = " + cohort
					+ " and status = 'WAITLISTED'");
			int distinctPlaces = single(db, "select count(distinct waitlist_position) from enrolment where cohort_id = "
					+ cohort + " and status = 'WAITLISTED'");
			int lowest = single(db, "select coalesce(min(waitlist_position), 0) from enrolment where cohort_id = " + cohort
					+ " and status = 'WAITLISTED'");
			int highest = single(db, "select coalesce(max(waitlist_position), 0) from enrolment where cohort_id = " + cohort
					+ " and status = 'WAITLISTED'");
			int seatCounter = single(db, "select confirmed_count from cohort where id = " + cohort);
			int expectedWaitlist = people - capacity;
			boolean seats = confirmed == capacity && seatCounter == capacity;
			// gap-free: whoever got onto the waitlist holds one of the places 1..n, each once
			boolean gapFree = distinctPlaces == waitlisted && (waitlisted == 0 || (lowest == 1 && highest == waitlisted));
			boolean complete = waitlisted == expectedWaitlist;
			boolean waitlist = gapFree && complete;
			System.out.println("rush.capacity=" + capacity);
			System.out.println("rush.confirmed=" + confirmed + " (seat counter " + seatCounter + ")");
			System.out.println("rush.waitlisted=" + waitlisted + " (positions " + lowest + ".." + highest + ", "
					+ distinctPlaces + " distinct)");
			System.out.println("rush.check_seats=" + (seats ? "PASS" : "FAIL"));
			System.out.println("rush.check_waitlist_gap_free=" + (gapFree ? "PASS" : "FAIL"));
			System.out.println("rush.check_everyone_placed=" + (complete ? "PASS" : "FAIL (" + (confirmed + waitlisted)
					+ " of " + people + " enrolled)"));
			System.out.println("rush.check_waitlist=" + (waitlist ? "PASS" : "FAIL"));
			return seats && waitlist;
		}
	}

	private static int single(Connection db, String sql) throws SQLException {
		try (var statement = db.createStatement(); var rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getInt(1);
		}
	}

	static long percentile(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return -1;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private static Optional<String> sessionCookie(HttpResponse<?> response) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			Matcher m = SESSION_COOKIE.matcher(header);
			if (m.find()) {
				return Optional.of(m.group(1) + "=" + m.group(2));
			}
		}
		return Optional.empty();
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		return options;
	}

	/** One browser: its own session, its own person. */
	static final class Visitor {

		final int number;

		final String base;

		final String run;

		String cookie;

		SignupForm form;

		Visitor(int number, String base, String run) {
			this.number = number;
			this.base = base;
			this.run = run;
		}

		String language() {
			return List.of("nl", "da", "en").get(number % 3);
		}

		/** A plausible value for a text field, chosen by the field's name and type. */
		String valueFor(String name, String type) {
			String n = name.toLowerCase(Locale.ROOT);
			if (type.equals("email") || n.contains("email")) {
				return (n.contains("manager") ? "manager-" : "rush-") + run + "-" + number + "@bench.example";
			}
			if (type.equals("password") || n.contains("password")) {
				return "rush-password-" + run;
			}
			if (n.contains("manager")) {
				return "Manager of " + number;
			}
			if (n.contains("organi")) {
				return "Rush School " + (number % 50);
			}
			if (n.contains("job") || n.contains("title") || n.contains("function")) {
				return "Teamleider";
			}
			if (n.contains("phone") || type.equals("tel")) {
				return "+31 6 " + (10000000 + number);
			}
			if (n.contains("name")) {
				return "Rush Person " + number;
			}
			return "bench " + number;
		}
	}

	/** The fields of the form that posts to the sign-up URL, as a browser would submit them. */
	record SignupForm(String action, List<Field> fields) {

		static SignupForm read(String html, String actionContains) {
			Matcher forms = FORM.matcher(html);
			while (forms.find()) {
				Map<String, String> attributes = attributes(forms.group(1));
				String action = decode(attributes.getOrDefault("action", ""));
				if (!"post".equalsIgnoreCase(attributes.get("method")) || !action.contains(actionContains)) {
					continue;
				}
				List<Field> fields = new ArrayList<>();
				Matcher m = FIELD.matcher(forms.group(2));
				while (m.find()) {
					if (m.group(1) != null) {
						Map<String, String> a = attributes(m.group(1));
						fields.add(new Field(a.get("name"), a.getOrDefault("type", "text").toLowerCase(Locale.ROOT),
								decode(a.getOrDefault("value", "")), a.containsKey("checked"), a.containsKey("required")));
					}
					else if (m.group(2) != null) {
						Map<String, String> a = attributes(m.group(2));
						fields.add(new Field(a.get("name"), "select", selectedOption(m.group(3)), true, true));
					}
					else {
						Map<String, String> a = attributes(m.group(4));
						fields.add(new Field(a.get("name"), "textarea", decode(m.group(5)), false, a.containsKey("required")));
					}
				}
				return new SignupForm(action, fields);
			}
			return null;
		}

		String fill(Visitor visitor) {
			var pairs = new ArrayList<String>();
			var radiosDone = new ArrayList<String>();
			for (Field field : fields) {
				if (field.name == null || field.name.isBlank()) {
					continue;
				}
				String value = switch (field.type) {
					case "hidden", "select" -> field.value;
					case "submit", "button", "reset", "image", "file" -> null;
					case "checkbox" -> field.checked || field.required ? (field.value.isEmpty() ? "on" : field.value) : null;
					case "radio" -> radiosDone.contains(field.name) ? null : field.value;
					// the honeypot (web/Honeypot) stays empty, as it does in a person's browser
					default -> field.name.equals("website") ? "" : field.value.isEmpty() ? visitor.valueFor(field.name, field.type) : field.value;
				};
				if (field.type.equals("radio") && value != null) {
					radiosDone.add(field.name);
				}
				if (value != null) {
					pairs.add(URLEncoder.encode(field.name, StandardCharsets.UTF_8) + "="
							+ URLEncoder.encode(value, StandardCharsets.UTF_8));
				}
			}
			return String.join("&", pairs);
		}

		private static String selectedOption(String options) {
			Matcher m = OPTION.matcher(options);
			String first = null;
			while (m.find()) {
				Map<String, String> a = attributes(m.group(1));
				String value = decode(a.getOrDefault("value", ""));
				if (a.containsKey("selected")) {
					return value;
				}
				if (first == null) {
					first = value;
				}
			}
			return first == null ? "" : first;
		}

		private static Map<String, String> attributes(String tag) {
			Map<String, String> attributes = new LinkedHashMap<>();
			Matcher m = ATTRIBUTE.matcher(tag);
			while (m.find()) {
				String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
				attributes.put(m.group(1).toLowerCase(Locale.ROOT), value == null ? "" : value);
			}
			return attributes;
		}

		private static String decode(String text) {
			return text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
				.replace("&amp;", "&");
		}
	}

	record Field(String name, String type, String value, boolean checked, boolean required) {
	}
}
