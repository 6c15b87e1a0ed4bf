package org.traject.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.5.3 (label in name): where a control's visible text and its aria-label both come
 * from message keys, the aria-label contains the visible text in every language, so a
 * person who says "click Give a free place" to their speech software reaches the button.
 * axe-core finds this only on the pages a browser test opens; this covers every template.
 */
class AccessibleNamesTest {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern KEY = Pattern.compile("^#\\{([a-zA-Z0-9_.-]+)(?:\\(.*\\))?}$");

	@Test
	void everyAriaLabelContainsTheVisibleTextInEveryLanguage() throws IOException {
		List<String> mismatches = new ArrayList<>();
		int checked = 0;
		for (String language : List.of("en", "nl", "da")) {
			Properties messages = messages(language);
			for (Path template : templates()) {
				var document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
				for (Element element : document.select("[th:text][th:aria-label]")) {
					Matcher text = KEY.matcher(element.attr("th:text").trim());
					Matcher label = KEY.matcher(element.attr("th:aria-label").trim());
					if (!text.matches() || !label.matches()) {
						continue;
					}
					String visible = format(messages.getProperty(text.group(1)), language);
					String name = format(messages.getProperty(label.group(1)), language);
					checked++;
					if (visible != null && name != null
							&& !name.toLowerCase(Locale.ROOT).contains(visible.toLowerCase(Locale.ROOT))) {
						mismatches.add("%s [%s] \"%s\" is not in its label \"%s\""
							.formatted(TEMPLATES.relativize(template), language, visible, name));
					}
				}
			}
		}
		assertThat(checked).as("controls with a visible text and an aria-label").isGreaterThan(10);
		assertThat(mismatches).isEmpty();
	}

	private static String format(String message, String language) {
		return message == null ? null : new MessageFormat(message, Locale.forLanguageTag(language))
			.format(new Object[] { "Ingrid", "Ingrid" });
	}

	/**
	 * All bundles of one language over the English ones, as Spring's MessageSource falls
	 * back.
	 */
	private static Properties messages(String language) throws IOException {
		Properties all = new Properties();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				boolean english = !name.contains("_");
				if (english || name.endsWith("_" + language + ".properties")) {
					Properties one = new Properties();
					try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
						one.load(reader);
					}
					if (english) {
						one.forEach(all::putIfAbsent);
					}
					else {
						all.putAll(one);
					}
				}
			}
		}
		return all;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

}
