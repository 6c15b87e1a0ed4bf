package org.traject.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every visible text is a message key, present in English, Dutch and Danish; templates hold no literal text that a
 * reader would see.
 */
class MessageBundlesTest {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)");

	/** Attributes a reader sees or hears; a literal value in one of them is hard-coded text. */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"value", "data-confirm", "aria-description");

	@Test
	void everyBundleHasTheSameKeysInAllThreeLanguages() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path english : baseBundles()) {
			String base = english.getFileName().toString().replace(".properties", "");
			Set<String> keys = load(english).stringPropertyNames();
			for (String language : List.of("nl", "da")) {
				Path translated = english.resolveSibling(base + "_" + language + ".properties");
				if (!Files.exists(translated)) {
					problems.add(translated + " is missing");
					continue;
				}
				Set<String> other = load(translated).stringPropertyNames();
				difference(keys, other).forEach(k -> problems.add(translated.getFileName() + " lacks " + k));
				difference(other, keys).forEach(k -> problems.add(english.getFileName() + " lacks " + k));
				load(translated).forEach((k, v) -> {
					if (v.toString().isBlank()) {
						problems.add(translated.getFileName() + " has an empty " + k);
					}
				});
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> known = new TreeSet<>();
		for (Path english : baseBundles()) {
			known.addAll(load(english).stringPropertyNames());
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			var matcher = KEY_IN_TEMPLATE.matcher(Files.readString(template));
			while (matcher.find()) {
				String key = matcher.group(1);
				// keys built at run time ('start.' + role + '.title') end in a dot here
				if (!key.endsWith(".") && !known.contains(key)) {
					missing.add(TEMPLATES.relativize(template) + ": " + key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			var document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				if (replacedAtRunTime(element) || List.of("script", "style", "title").contains(element.tagName())) {
					continue;
				}
				String own = element.ownText().strip();
				if (own.chars().anyMatch(Character::isLetter)) {
					literal.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + own);
				}
				for (var attribute : element.attributes()) {
					boolean buttonValue = !attribute.getKey().equals("value")
							|| List.of("submit", "button", "reset").contains(element.attr("type"));
					if (VISIBLE_ATTRIBUTES.contains(attribute.getKey()) && buttonValue
							&& attribute.getValue().chars().anyMatch(Character::isLetter)
							&& !element.hasAttr("th:" + attribute.getKey())) {
						literal.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "=\""
								+ attribute.getValue() + "\"");
					}
				}
			}
		}
		assertThat(literal).isEmpty();
	}

	/**
	 * Content that Thymeleaf replaces (prototype text) is never shown. A page's {@code <html>} is replaced by the layout,
	 * but the layout shows the page's own title and content: that replacement hides nothing.
	 */
	private static boolean replacedAtRunTime(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attr : List.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove")) {
				if (e.hasAttr(attr) && !(e.tagName().equals("html") && attr.equals("th:replace"))) {
					return true;
				}
			}
			if (e.tagName().startsWith("th:") && e.hasAttr("th:text")) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		var result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static List<Path> baseBundles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			return files.filter(p -> !p.getFileName().toString().matches(".*_[a-z]{2}\\.properties"))
				.filter(p -> p.toString().endsWith(".properties"))
				.sorted()
				.toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(Path file) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
