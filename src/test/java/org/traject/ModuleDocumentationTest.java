package org.traject;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module documentation into {@code docs/modules/} (committed, linked from the
 * README): the C4 component diagram of all modules, one diagram per module and each
 * module's canvas. Every test run rewrites it, so a change to the modules shows up as a
 * change to these files in the same commit.
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
		assertThat(Path.of(OUTPUT, "components.puml")).content().contains("Cohorts", "Catalogue", "Delivery");
		modules.forEach(module -> assertThat(Path.of(OUTPUT, "module-" + module.getIdentifier() + ".adoc")).exists());
	}

}
