package org.traject.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/prepare-browser.sh}, which Maven runs before the tests, decides whether
 * to install Chromium. It runs here against a fake Chromium path and a PATH holding only
 * fake {@code id} and {@code apt-get} commands, so the decisions are tested without
 * touching this machine's browser or packages.
 */
class PrepareBrowserScriptTest {

	private static final Path SCRIPT = Paths.get("scripts", "prepare-browser.sh").toAbsolutePath();

	@TempDir
	Path dir;

	private Path bin;

	private Path chromium;

	private Path aptLog;

	/**
	 * Where the fake apt-get puts Chromium; by default the place the script is asked
	 * about.
	 */
	private Path debianPlace;

	@BeforeEach
	void fakeMachine() throws IOException {
		bin = Files.createDirectories(dir.resolve("bin"));
		chromium = dir.resolve("chromium");
		aptLog = dir.resolve("apt-get.log");
		debianPlace = chromium;
	}

	@Test
	void leavesAnInstalledChromiumAlone() throws Exception {
		executable(chromium, "#!/bin/sh\n");
		fakeId(0);
		fakeAptGet(true);

		Run run = run();

		assertThat(run.exit()).isZero();
		assertThat(run.lines()).containsExactly("[traject browser] Chromium ready at " + chromium);
		assertThat(aptLog).doesNotExist();
	}

	@Test
	void installsDebiansChromiumWhenMissingAndRunningAsRoot() throws Exception {
		fakeId(0);
		fakeAptGet(true);

		Run run = run();

		assertThat(run.exit()).isZero();
		assertThat(Files.readAllLines(aptLog)).containsExactly("update -qq", "install -y -qq chromium");
		assertThat(run.lines()).last().isEqualTo("[traject browser] Chromium installed at " + chromium);
		assertThat(chromium).isExecutable();
	}

	@Test
	void onlySaysHowToInstallWhenNotRoot() throws Exception {
		fakeId(1000);
		fakeAptGet(true);

		Run run = run();

		assertThat(run.exit()).isZero();
		assertThat(aptLog).doesNotExist();
		assertThat(run.lines()).singleElement().asString().contains("sudo apt-get install -y chromium");
	}

	@Test
	void onlySaysWhatIsMissingWithoutAptGet() throws Exception {
		fakeId(0);

		Run run = run();

		assertThat(run.exit()).isZero();
		assertThat(run.lines()).singleElement().asString().contains("no apt-get").contains(chromium.toString());
	}

	@Test
	void installsNothingForABrowserAskedForElsewhere() throws Exception {
		debianPlace = dir.resolve("usr-bin-chromium");
		fakeId(0);
		fakeAptGet(true);

		Run run = run();

		assertThat(run.exit()).isZero();
		assertThat(aptLog).doesNotExist();
		assertThat(run.lines()).singleElement().asString().contains("no Chromium at " + chromium);
	}

	@Test
	void aFailedInstallationDoesNotStopTheBuildButSaysSo() throws Exception {
		fakeId(0);
		fakeAptGet(false);

		Run run = run();

		assertThat(run.exit()).isZero();
		assertThat(run.lines()).last().asString().contains("could not install chromium");
	}

	private void fakeId(int uid) throws IOException {
		executable(bin.resolve("id"), "#!/bin/sh\necho " + uid + "\n");
	}

	/**
	 * Logs its arguments; "install" puts a Chromium at the fake path, or fails when told
	 * to.
	 */
	private void fakeAptGet(boolean succeeds) throws IOException {
		executable(bin.resolve("apt-get"), """
				#!/bin/bash
				echo "$*" >> '%s'
				if [[ "$1" == install ]]; then
				  %s
				  printf '#!/bin/sh\\n' > '%s'
				  /bin/chmod +x '%s'
				fi
				""".formatted(aptLog, succeeds ? ":" : "exit 100", chromium, chromium));
	}

	private static void executable(Path file, String content) throws IOException {
		Files.writeString(file, content);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	private Run run() throws Exception {
		var builder = new ProcessBuilder("/bin/bash", SCRIPT.toString()).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.clear();
		env.put("PATH", bin.toString());
		env.put("TRAJECT_CHROMIUM", chromium.toString());
		env.put("TRAJECT_DEBIAN_CHROMIUM", debianPlace.toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), output.lines().toList());
	}

	private record Run(int exit, List<String> lines) {
	}

}
