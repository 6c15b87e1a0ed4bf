package org.traject.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every visible text is a message key, present in English, Dutch and Danish; templates
 * hold no literal text that a reader would see.
 */
class MessageBundlesTest {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)");

	/**
	 * Attributes a reader sees or hears; a literal value in one of them is hard-coded
	 * text.
	 */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value",
			"data-confirm", "aria-description");

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

	/** Dutch addresses the reader formally (u, uw) everywhere; see docs/texts.md. */
	private static final Pattern INFORMAL_DUTCH = Pattern
		.compile("(?iu)(?<![\\p{L}'])(je|jij|jou|jouw|jouwe|jezelf|jullie)(?![\\p{L}'])");

	@Test
	void dutchTextsAddressTheReaderFormally() throws IOException {
		List<String> informal = new ArrayList<>();
		for (Path english : baseBundles()) {
			Path dutch = english
				.resolveSibling(english.getFileName().toString().replace(".properties", "_nl.properties"));
			load(dutch).forEach((key, value) -> {
				var matcher = INFORMAL_DUTCH.matcher(value.toString());
				if (matcher.find()) {
					informal.add(dutch.getFileName() + ": " + key + " says \"" + matcher.group(1) + "\"");
				}
			});
		}
		assertThat(informal).isEmpty();
	}

	/** A number written straight before a word: {@code {0} days}. */
	private static final Pattern NUMBER_BEFORE_WORD = Pattern.compile("\\{(\\d+)\\}\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?");

	/**
	 * Plural nouns that follow a count, per language, besides those the bundles' own
	 * plural forms name (the words after the number in every {@code 1<} branch are added
	 * to these).
	 */
	private static final Map<String, Set<String>> COUNTED = Map.of("en",
			Set.of("days", "minutes", "hours", "years", "points", "places", "participants", "people", "sessions",
					"competencies", "programmes", "characters", "differences", "changes", "profiles"),
			"nl",
			Set.of("dagen", "minuten", "punten", "plaatsen", "deelnemers", "mensen", "bijeenkomsten", "competenties",
					"opleidingen", "tekens", "verschillen", "wijzigingen", "profielen"),
			"da", Set.of("dage", "minutter", "timer", "pladser", "deltagere", "mødegange", "kompetencer", "forskelle",
					"ændringer", "profiler"));

	@Test
	void aNumberBeforeANounChoosesTheNounsPluralForm() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String language : List.of("en", "nl", "da")) {
			var messages = new TreeMap<String, String>();
			for (Path english : baseBundles()) {
				Path file = language.equals("en") ? english : english.resolveSibling(
						english.getFileName().toString().replace(".properties", "_" + language + ".properties"));
				load(file).forEach((k, v) -> messages.put(file.getFileName() + ": " + k, v.toString()));
			}
			var counted = new TreeSet<>(COUNTED.get(language));
			// a word of a choice's plural branch that its singular branch lacks is a
			// plural form ("places")
			messages.values().forEach(v -> choices(v).forEach(choice -> {
				var branches = List.of(choice.split("\\|"));
				var one = branches.stream().filter(b -> b.matches("(?s)(\\{\\d+,choice,)?1#.*")).findFirst();
				var other = branches.stream().filter(b -> b.matches("(?s)\\d+<.*")).findFirst();
				if (one.isPresent() && other.isPresent()) {
					var singular = Set.copyOf(Arrays.asList(one.get().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
					for (String w : other.get().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
						if (!w.isEmpty() && !singular.contains(w)) {
							counted.add(w);
						}
					}
				}
			}));
			messages.forEach((where, value) -> {
				String outsideChoices = value;
				for (String choice : choices(value)) {
					outsideChoices = outsideChoices.replace(choice, "");
				}
				var word = NUMBER_BEFORE_WORD.matcher(outsideChoices);
				while (word.find()) {
					for (String w : new String[] { word.group(2), word.group(3) }) {
						if (w != null && counted.contains(w.toLowerCase(Locale.ROOT))) {
							problems.add(where + ": {" + word.group(1) + "} " + w + " needs a plural form: {"
									+ word.group(1) + ",choice,0#...|1#...|1<...}");
						}
					}
				}
				for (String choice : choices(value)) {
					if (!choice.matches("(?s)\\{\\d+,choice,0#.*")) {
						problems.add(where + ": a count can be zero; give " + choice + " a 0# branch");
					}
				}
				if (!choices(value).isEmpty()) {
					for (int n : new int[] { 0, 1, 2, 21 }) {
						Object[] arguments = new Object[10];
						Arrays.fill(arguments, n);
						try {
							new MessageFormat(value, Locale.forLanguageTag(language)).format(arguments);
						}
						catch (IllegalArgumentException ex) {
							problems.add(where + " cannot be formatted with " + n + ": " + ex.getMessage());
						}
					}
				}
			});
		}
		assertThat(problems).isEmpty();
	}

	/** Every {@code {n,choice,...}} in a message, braces matched. */
	private static List<String> choices(String message) {
		List<String> found = new ArrayList<>();
		var start = Pattern.compile("\\{\\d+,choice,").matcher(message);
		int from = 0;
		while (start.find(from)) {
			int depth = 0;
			int i = start.start();
			for (; i < message.length(); i++) {
				char c = message.charAt(i);
				depth += c == '{' ? 1 : c == '}' ? -1 : 0;
				if (depth == 0) {
					break;
				}
			}
			found.add(message.substring(start.start(), Math.min(i + 1, message.length())));
			from = i + 1;
		}
		return found;
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
	 * Content that Thymeleaf replaces (prototype text) is never shown. A page's
	 * {@code <html>} is replaced by the layout, but the layout shows the page's own title
	 * and content: that replacement hides nothing.
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
