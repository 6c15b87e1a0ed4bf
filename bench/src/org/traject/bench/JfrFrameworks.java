package org.traject.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Which frameworks a page's CPU goes to, from a Flight Recording: every execution sample
 * is given to the framework of the topmost frame that is not the JDK's (the code that was
 * running, or that called the JDK's collections, strings or locks that were), by the
 * longest matching package prefix below; the shares are printed largest first as a
 * Markdown table. {@code java JfrFrameworks recording.jfr [thread-name-prefix]}: only
 * samples of threads whose name starts so (default {@code http-nio}, Tomcat's request
 * threads).
 */
public final class JfrFrameworks {

	private static final Map<String, String> FRAMEWORKS = new LinkedHashMap<>();

	static {
		FRAMEWORKS.put("org.traject.", "Traject");
		FRAMEWORKS.put("org.thymeleaf.", "Thymeleaf");
		FRAMEWORKS.put("org.attoparser.", "Thymeleaf");
		FRAMEWORKS.put("ognl.", "Thymeleaf");
		FRAMEWORKS.put("org.unbescape.", "Thymeleaf");
		FRAMEWORKS.put("org.springframework.expression.", "Spring Expression Language");
		FRAMEWORKS.put("org.springframework.security.", "Spring Security");
		FRAMEWORKS.put("org.springframework.session.", "Spring Session");
		FRAMEWORKS.put("org.springframework.modulith.", "Spring Modulith");
		FRAMEWORKS.put("org.springframework.data.", "Spring Data");
		FRAMEWORKS.put("org.springframework.orm.", "Spring Data");
		FRAMEWORKS.put("org.springframework.transaction.", "Spring transactions");
		FRAMEWORKS.put("org.springframework.jdbc.", "Spring JDBC");
		FRAMEWORKS.put("org.springframework.web.", "Spring MVC");
		FRAMEWORKS.put("org.springframework.http.", "Spring MVC");
		FRAMEWORKS.put("org.springframework.", "Spring core (beans, AOP, context)");
		FRAMEWORKS.put("org.hibernate.", "Hibernate");
		FRAMEWORKS.put("org.postgresql.", "PostgreSQL JDBC driver");
		FRAMEWORKS.put("com.zaxxer.hikari.", "HikariCP");
		FRAMEWORKS.put("org.apache.catalina.", "Tomcat");
		FRAMEWORKS.put("org.apache.coyote.", "Tomcat");
		FRAMEWORKS.put("org.apache.tomcat.", "Tomcat");
		FRAMEWORKS.put("io.micrometer.", "Micrometer");
		FRAMEWORKS.put("tools.jackson.", "Jackson");
		FRAMEWORKS.put("com.fasterxml.jackson.", "Jackson");
		FRAMEWORKS.put("ch.qos.logback.", "Logging");
		FRAMEWORKS.put("org.slf4j.", "Logging");
		FRAMEWORKS.put("java.util.regex.", "JDK: regular expressions");
		FRAMEWORKS.put("java.util.concurrent.", "JDK: concurrency");
		FRAMEWORKS.put("java.util.", "JDK: collections and util");
		FRAMEWORKS.put("java.lang.invoke.", "JDK: reflection and method handles");
		FRAMEWORKS.put("java.lang.reflect.", "JDK: reflection and method handles");
		FRAMEWORKS.put("jdk.internal.reflect.", "JDK: reflection and method handles");
		FRAMEWORKS.put("java.lang.", "JDK: strings and lang");
		FRAMEWORKS.put("sun.nio.", "JDK: I/O");
		FRAMEWORKS.put("java.io.", "JDK: I/O");
		FRAMEWORKS.put("java.nio.", "JDK: I/O");
		FRAMEWORKS.put("java.time.", "JDK: time");
		FRAMEWORKS.put("java.text.", "JDK: text");
		FRAMEWORKS.put("sun.security.", "JDK: security");
		FRAMEWORKS.put("java.security.", "JDK: security");
		FRAMEWORKS.put("jdk.", "JDK: other");
		FRAMEWORKS.put("sun.", "JDK: other");
		FRAMEWORKS.put("javax.", "JDK: other");
		FRAMEWORKS.put("jakarta.", "Jakarta APIs");
	}

	private JfrFrameworks() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: JfrFrameworks recording.jfr [thread-name-prefix]");
			System.exit(2);
		}
		String threads = args.length > 1 ? args[1] : "http-nio";
		Map<String, Integer> samples = new TreeMap<>();
		int total = 0;
		try (var recording = new RecordingFile(Path.of(args[0]))) {
			while (recording.hasMoreEvents()) {
				RecordedEvent event = recording.readEvent();
				if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
						|| event.getStackTrace().getFrames().isEmpty()) {
					continue;
				}
				var thread = event.getThread("sampledThread");
				if (thread == null || thread.getJavaName() == null || !thread.getJavaName().startsWith(threads)) {
					continue;
				}
				samples.merge(frameworkOf(event.getStackTrace().getFrames()), 1, Integer::sum);
				total++;
			}
		}
		System.out.printf(Locale.ROOT, "| framework (topmost frame outside the JDK) | share of %d samples |%n|---|---:|%n", total);
		int all = total;
		samples.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.forEach(e -> System.out.printf(Locale.ROOT, "| %s | %.1f %% |%n", e.getKey(),
					all == 0 ? 0 : 100.0 * e.getValue() / all));
	}

	/** The framework of the topmost frame outside the JDK ("JDK" when all are inside). */
	static String frameworkOf(java.util.List<RecordedFrame> frames) {
		for (RecordedFrame frame : frames) {
			String framework = frameworkOf(frame.getMethod().getType().getName());
			if (!framework.startsWith("JDK")) {
				return framework;
			}
		}
		return "JDK";
	}

	static String frameworkOf(String className) {
		String best = null;
		String framework = "other";
		for (var entry : FRAMEWORKS.entrySet()) {
			if (className.startsWith(entry.getKey()) && (best == null || entry.getKey().length() > best.length())) {
				best = entry.getKey();
				framework = entry.getValue();
			}
		}
		return framework;
	}

}
