package org.traject.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * Base of the browser tests: the application on a random port against the test database, Debian's Chromium driven
 * by Playwright (never a downloaded browser), one browser for the whole run and a fresh context per test. Every page
 * reached through {@link #visit} or checked with {@link #checkAccessibility()} is run through axe-core; serious and
 * critical violations fail the test. A failing test leaves a screenshot in {@code target/browser-screenshots}.
 */
@IntegrationTest
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

	private static final Path CHROMIUM = Paths.get(System.getProperty("traject.chromium", "/usr/bin/chromium"));

	private static Playwright playwright;

	private static Browser browser;

	private static String axeSource;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	private final List<String> checkedUrls = new ArrayList<>();

	private static synchronized Browser browser() {
		if (browser == null) {
			assertThat(CHROMIUM).as("Chromium (scripts/prepare-browser.sh installs Debian's as root; else -Dtraject.chromium)").exists();
			playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
							"--disable-background-networking", "--disable-component-update", "--disable-sync",
							"--no-first-run", "--disable-quic")));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				browser.close();
				playwright.close();
			}));
		}
		return browser;
	}

	@BeforeEach
	void openContext() {
		context = browser().newContext(new Browser.NewContextOptions().setLocale("en-GB")
			.setViewportSize(1280, 900)
			.setAcceptDownloads(true)
			// no colour transitions half-way through when axe measures contrast (Bootstrap honours this)
			.setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
		context.setDefaultTimeout(10_000);
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Opens a page of the application and checks it with axe-core. */
	protected Page visit(String path) {
		page.navigate(url(path));
		checkAccessibility();
		return page;
	}

	/** A new context with another browser language, e.g. {@code da-DK}. */
	protected void useBrowserLanguage(String locale) {
		context.close();
		context = browser().newContext(new Browser.NewContextOptions().setLocale(locale)
			.setViewportSize(1280, 900)
			.setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
		page = context.newPage();
	}

	protected void signInAs(String email) {
		page.navigate(url("/login"));
		page.locator("#email").fill(email);
		page.locator("#password").fill(DemoUsers.PASSWORD);
		page.locator("main form button[type=submit]").click();
		page.waitForLoadState();
	}

	/** Runs axe-core on the current page; fails on serious or critical violations. */
	protected void checkAccessibility() {
		// measured at rest: not under the pointer of the last click
		page.mouse().move(0, 0);
		page.evaluate(axe());
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
				async () => {
				  const result = await axe.run(document, { resultTypes: ['violations'] });
				  return result.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
				                 nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') }));
				}""");
		checkedUrls.add(page.url());
		assertThat(violations).as("axe-core violations on " + page.url()).isEmpty();
	}

	protected List<String> checkedUrls() {
		return checkedUrls;
	}

	private static synchronized String axe() {
		if (axeSource == null) {
			try (InputStream in = BrowserTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
				assertThat(in).as("axe-core WebJar").isNotNull();
				axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return axeSource;
	}

	static class ScreenshotOnFailure implements AfterTestExecutionCallback {

		@Override
		public void afterTestExecution(ExtensionContext extension) throws IOException {
			if (extension.getExecutionException().isEmpty()) {
				return;
			}
			if (extension.getRequiredTestInstance() instanceof BrowserTest test && test.page != null && !test.page.isClosed()) {
				Path folder = Paths.get("target", "browser-screenshots");
				Files.createDirectories(folder);
				String name = extension.getRequiredTestClass().getSimpleName() + "-"
						+ extension.getRequiredTestMethod().getName() + ".png";
				test.page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name)).setFullPage(true));
			}
		}
	}
}
