package org.traject;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module documentation into {@code docs/modules/} (committed, linked from the
 * README): the C4 component diagram of all modules, one diagram per module and each
 * module's canvas. Every test run rewrites it, so a change to the modules shows up as a
 * change to these files in the same commit. Modulith writes relations and event lists in
 * hash order, different from run to run; the test sorts them, so that two runs of the
 * same code write the same bytes and only a real change shows up as a diff.
 */
class ModuleDocumentationTest {

	private static final String OUTPUT = "docs/modules";

	/**
	 * The canvases quote each type's Javadoc, which Modulith's annotation processor
	 * extracts into this file. Modulith reads it with Spring Boot's BasicJsonParser,
	 * which fails on an escaped quote followed by a comma or full stop (our Javadoc
	 * quotes examples: "395,00"). Single quotes read the same in a canvas and parse.
	 */
	private static final Path EXTRACTED_JAVADOC = Path.of("target/generated-spring-modulith/javadoc.json");

	@Test
	void writesTheModuleDiagramsAndCanvases() throws IOException {
		if (Files.exists(EXTRACTED_JAVADOC)) {
			Files.writeString(EXTRACTED_JAVADOC, Files.readString(EXTRACTED_JAVADOC).replace("\\\"", "'"));
		}
		var modules = ApplicationModules.of(TrajectApplication.class);
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT)).writeDocumentation();
		try (Stream<Path> files = Files.list(Path.of(OUTPUT))) {
			for (Path file : files.toList()) {
				Files.write(file, sortedRuns(Files.readAllLines(file)));
			}
		}
		assertThat(Path.of(OUTPUT, "components.puml")).content().contains("Cohorts", "Catalogue", "Delivery");
		modules.forEach(module -> assertThat(Path.of(OUTPUT, "module-" + module.getIdentifier() + ".adoc")).exists());
	}

	/**
	 * The lines with every run of consecutive relations ({@code Rel(…)}) or list items
	 * ({@code * …}, the first of a table cell written {@code |* …}) sorted; everything
	 * else stays where it is.
	 */
	static List<String> sortedRuns(List<String> lines) {
		var result = new ArrayList<String>(lines.size());
		var run = new ArrayList<String>();
		@Nullable String runKind = null;
		boolean cellStart = false;
		for (String line : lines) {
			String kind = line.startsWith("Rel(") ? "rel" : line.startsWith("* ") ? "item" : null;
			boolean opensCell = line.startsWith("|* ");
			if (opensCell) {
				kind = "item";
			}
			if (kind == null || !kind.equals(runKind) || opensCell) {
				flush(result, run, cellStart);
				runKind = kind;
				cellStart = opensCell;
			}
			if (kind == null) {
				result.add(line);
			}
			else {
				run.add(opensCell ? line.substring(1) : line);
			}
		}
		flush(result, run, cellStart);
		return result;
	}

	private static void flush(List<String> result, List<String> run, boolean cellStart) {
		run.sort(null);
		for (int i = 0; i < run.size(); i++) {
			result.add(i == 0 && cellStart ? "|" + run.get(i) : run.get(i));
		}
		run.clear();
	}

}
