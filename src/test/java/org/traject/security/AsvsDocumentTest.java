package org.traject.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * docs/security/asvs.md gives a verdict for every level-1 and level-2 requirement of ASVS
 * 5.0's V6, V7, V8, V2.3 and V2.4, and every test it names exists: a renamed or deleted
 * test cannot leave a "met" standing on nothing.
 */
class AsvsDocumentTest {

	private static final Path DOCUMENT = Path.of("docs/security/asvs.md");

	private static final Path TESTS = Path.of("src/test/java");

	/** ASVS 5.0.0's level-1 and level-2 requirements of the chapters the file covers. */
	static final List<String> REQUIRED = List.of("6.1.1", "6.1.2", "6.1.3", "6.2.1", "6.2.2", "6.2.3", "6.2.4", "6.2.5",
			"6.2.6", "6.2.7", "6.2.8", "6.2.9", "6.2.10", "6.2.11", "6.2.12", "6.3.1", "6.3.2", "6.3.3", "6.3.4",
			"6.4.1", "6.4.2", "6.4.3", "6.4.4", "6.5.1", "6.5.2", "6.5.3", "6.5.4", "6.5.5", "6.6.1", "6.6.2", "6.6.3",
			"6.8.1", "6.8.2", "6.8.3", "6.8.4", "7.1.1", "7.1.2", "7.1.3", "7.2.1", "7.2.2", "7.2.3", "7.2.4", "7.3.1",
			"7.3.2", "7.4.1", "7.4.2", "7.4.3", "7.4.4", "7.4.5", "7.5.1", "7.5.2", "7.6.1", "7.6.2", "8.1.1", "8.1.2",
			"8.2.1", "8.2.2", "8.2.3", "8.3.1", "8.4.1", "2.3.1", "2.3.2", "2.3.3", "2.3.4", "2.4.1");

	private static final Set<String> VERDICTS = Set.of("met", "not met", "not applicable");

	private static final Pattern ROW = Pattern.compile("^\\|\\s*(\\d+\\.\\d+\\.\\d+)\\s*\\|(.*)\\|\\s*$");

	private static final Pattern TEST_METHOD = Pattern.compile("\\b([A-Z][A-Za-z0-9]*Test)#([a-z][A-Za-z0-9]*)\\b");

	private static final Pattern TEST_CLASS = Pattern.compile("`([A-Z][A-Za-z0-9]*Test)`");

	@Test
	void everyRequirementOfTheCoveredChaptersHasOneRowWithAVerdict() throws IOException {
		Map<String, List<String>> rows = rows(Files.readString(DOCUMENT));
		assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(REQUIRED);
		List<String> problems = new ArrayList<>();
		rows.forEach((id, cells) -> problems.addAll(rowProblems(id, cells)));
		assertThat(problems).isEmpty();
	}

	@Test
	void everyTestTheDocumentNamesExists() throws IOException {
		assertThat(missingTests(Files.readString(DOCUMENT))).isEmpty();
	}

	@Test
	void aRenamedTestOrAMetWithoutEvidenceIsCaught() {
		String row = "| 6.2.1 | something | 1 | met | `SecurityBehaviourTest#noSuchMethodAnywhere`, `NoSuchClassTest#x` |";
		assertThat(missingTests(row)).containsExactlyInAnyOrder("SecurityBehaviourTest#noSuchMethodAnywhere",
				"NoSuchClassTest#x");
		assertThat(rowProblems("6.2.1", rows("| 6.2.1 | something | 1 | met | no test named |").get("6.2.1")))
			.isNotEmpty();
		assertThat(rowProblems("6.2.2", rows("| 6.2.2 | something | 1 | not met | later |").get("6.2.2"))).isNotEmpty();
	}

	private static Map<String, List<String>> rows(String markdown) {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (String line : markdown.lines().toList()) {
			Matcher m = ROW.matcher(line);
			if (m.matches()) {
				List<String> cells = Stream.of(m.group(2).split("\\|")).map(String::strip).toList();
				assertThat(rows.put(m.group(1), cells)).as("requirement %s appears once", m.group(1)).isNull();
			}
		}
		return rows;
	}

	/** Cells after the id: requirement, level, verdict, evidence or reason. */
	private static List<String> rowProblems(String id, List<String> cells) {
		List<String> problems = new ArrayList<>();
		if (cells.size() != 4) {
			return List.of(id + ": expected requirement, level, verdict, evidence; got " + cells);
		}
		String verdict = cells.get(2);
		String evidence = cells.get(3);
		if (!VERDICTS.contains(verdict)) {
			problems.add(id + ": unknown verdict '" + verdict + "'");
		}
		if (!cells.get(1).matches("[12]")) {
			problems.add(id + ": level must be 1 or 2");
		}
		if (verdict.equals("met") && !TEST_METHOD.matcher(evidence).find()) {
			problems.add(id + ": met, but no test (Class#method) named");
		}
		if (verdict.equals("not met") && !evidence.toLowerCase(java.util.Locale.ROOT).contains("issue")) {
			problems.add(id + ": not met, but no issue named");
		}
		if (verdict.equals("not applicable") && evidence.isBlank()) {
			problems.add(id + ": not applicable, but no reason given");
		}
		return problems;
	}

	private static List<String> missingTests(String text) {
		List<String> missing = new ArrayList<>();
		Matcher methods = TEST_METHOD.matcher(text);
		while (methods.find()) {
			String name = methods.group(1) + "#" + methods.group(2);
			Optional<String> source = source(methods.group(1));
			if (source.isEmpty()
					|| !Pattern.compile("\\s" + methods.group(2) + "\\s*\\(").matcher(source.get()).find()) {
				missing.add(name);
			}
		}
		Matcher classes = TEST_CLASS.matcher(text);
		while (classes.find()) {
			if (source(classes.group(1)).isEmpty()) {
				missing.add(classes.group(1));
			}
		}
		return missing;
	}

	private static Optional<String> source(String testClass) {
		try (Stream<Path> files = Files.walk(TESTS)) {
			Optional<Path> file = files.filter(f -> f.getFileName().toString().equals(testClass + ".java")).findFirst();
			return file.isEmpty() ? Optional.empty() : Optional.of(Files.readString(file.get()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
