package org.traject.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/prepare-axe.sh} fetches the pinned axe-core with npm only when that
 * version is not in place yet; it runs here with a fake {@code npm} that logs what it was
 * asked.
 */
class PrepareAxeScriptTest {

	private static final Path SCRIPT = Paths.get("scripts", "prepare-axe.sh").toAbsolutePath();

	@TempDir
	Path dir;

	private Path bin;

	private Path target;

	private Path npmLog;

	@BeforeEach
	void fakeMachine() throws IOException {
		bin = Files.createDirectories(dir.resolve("bin"));
		target = dir.resolve("axe");
		npmLog = dir.resolve("npm.log");
		for (String tool : List.of("grep", "mkdir")) {
			Files.createSymbolicLink(bin.resolve(tool), Paths.get("/bin", tool));
		}
	}

	@Test
	void installsThePinnedVersionWhenItIsMissing() throws Exception {
		fakeNpm();

		List<String> lines = run("4.14.1");

		assertThat(Files.readString(npmLog)).contains("install --prefix " + target).contains("axe-core@4.14.1");
		assertThat(lines)
			.containsExactly("[traject axe] axe-core 4.14.1 installed in " + target + "/node_modules/axe-core");
	}

	@Test
	void leavesThePinnedVersionAloneOnceItIsThere() throws Exception {
		fakeNpm();
		run("4.14.1");
		Files.delete(npmLog);

		List<String> lines = run("4.14.1");

		assertThat(npmLog).doesNotExist();
		assertThat(lines).containsExactly("[traject axe] axe-core 4.14.1 ready");
	}

	@Test
	void fetchesAgainWhenThePomAsksForAnotherVersion() throws Exception {
		fakeNpm();
		run("4.14.1");

		run("4.15.0");

		assertThat(Files.readString(npmLog)).contains("axe-core@4.15.0");
	}

	@Test
	void saysInOneLineWhenThereIsNoNpm() throws Exception {
		List<String> lines = run("4.14.1");

		assertThat(lines).singleElement().asString().contains("no npm");
	}

	/** Logs its arguments and lays out the package as npm would. */
	private void fakeNpm() throws IOException {
		Path npm = bin.resolve("npm");
		Files.writeString(npm,
				"""
						#!/bin/bash
						echo "$*" >> '%s'
						version="${@: -1}"; version="${version#axe-core@}"
						/bin/mkdir -p '%s/node_modules/axe-core'
						echo 'axe' > '%s/node_modules/axe-core/axe.min.js'
						printf '{\\n  "name": "axe-core",\\n  "version": "%%s"\\n}\\n' "$version" > '%s/node_modules/axe-core/package.json'
						"""
					.formatted(npmLog, target, target, target));
		Files.setPosixFilePermissions(npm, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	private List<String> run(String version) throws Exception {
		var builder = new ProcessBuilder("/bin/bash", SCRIPT.toString(), version, target.toString())
			.redirectErrorStream(true);
		builder.environment().clear();
		builder.environment().put("PATH", bin.toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		return output.lines().toList();
	}

}
