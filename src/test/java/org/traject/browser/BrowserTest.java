package org.traject.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

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
 * Base of the browser tests: the application on a random port against the test database,
 * Debian's Chromium driven by Playwright (never a downloaded browser), one browser for
 * the whole run and a fresh context per test. Every page reached through {@link #visit}
 * or checked with {@link #checkAccessibility()} is run through axe-core; serious and
 * critical violations fail the test. A failing test leaves a screenshot in
 * {@code target/browser-screenshots}.
 */
@IntegrationTest
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

	private static final Path CHROMIUM = Paths.get(System.getProperty("traject.chromium", "/usr/bin/chromium"));

	private static Playwright playwright;

	private static Browser browser;

	/**
	 * axe-core from npm, put in place by scripts/prepare-axe.sh before the tests (see the
	 * pom's axe-core.version).
	 */
	private static final Path AXE = Paths
		.get(System.getProperty("traject.axe", "target/axe/node_modules/axe-core/axe.min.js"));

	static final String AXE_VERSION = System.getProperty("traject.axe.version", "4.14.1");

	/**
	 * What axe checks: WCAG 2.0, 2.1 and 2.2 at levels A and AA (2.2's rules are off
	 * unless asked for) and best practice.
	 */
	static final String AXE_OPTIONS = """
			{ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'] },
			  resultTypes: ['violations'] }""";

	private static String axeSource;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	private final List<String> checkedUrls = new ArrayList<>();

	/**
	 * Errors the browser logged (a refused inline style, a failed script, a missing
	 * resource) and uncaught exceptions.
	 */
	private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

	private static synchronized Browser browser() {
		if (browser == null) {
			assertThat(CHROMIUM)
				.as("Chromium (scripts/prepare-browser.sh installs Debian's as root; else -Dtraject.chromium)")
				.exists();
			playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
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
			// no colour transitions half-way through when axe measures contrast
			// (Bootstrap honours this)
			.setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
		listenForConsoleErrors();
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
		assertThat(consoleErrors).as("errors in the browser's console").isEmpty();
	}

	private void listenForConsoleErrors() {
		listenForConsoleErrors(context);
	}

	private void listenForConsoleErrors(BrowserContext context) {
		// generous: six builds share two cores here, and a page can take more than 10 s
		// to load then
		context.setDefaultTimeout(30_000);
		context.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				consoleErrors.add(message.text() + " (on " + message.page().url() + ", " + message.location() + ")");
			}
		});
		context.onWebError(error -> consoleErrors.add("uncaught: " + error.error()));
	}

	/**
	 * For a test that provokes an error page on purpose: Chromium logs the error status
	 * of the page itself ("Failed to load resource: ... 404"); forget the errors logged
	 * so far that contain the given text.
	 */
	protected void forgetConsoleErrorsContaining(String text) {
		consoleErrors.removeIf(error -> error.contains(text));
	}

	/**
	 * A second person's browser beside {@link #context} (say, the administrator's),
	 * watched for console errors too.
	 */
	protected BrowserContext openAnotherBrowser() {
		BrowserContext other = browser().newContext(new Browser.NewContextOptions().setLocale("en-GB")
			.setViewportSize(1280, 900)
			.setReducedMotion(com.microsoft.playwright.options.ReducedMotion.REDUCE));
		listenForConsoleErrors(other);
		return other;
	}

	protected List<String> consoleErrors() {
		return consoleErrors;
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
		listenForConsoleErrors();
		page = context.newPage();
	}

	protected void signInAs(String email) {
		page.navigate(url("/login"));
		page.locator("#email").fill(email);
		page.locator("#password").fill(DemoUsers.PASSWORD);
		page.locator("main form button[type=submit]").click();
		page.waitForLoadState();
	}

	/**
	 * Gives the page's browser a passkey authenticator (Chromium's virtual one, through
	 * the DevTools protocol): a platform authenticator that verifies its user.
	 */
	protected static void addVirtualAuthenticator(Page browser) {
		var devTools = browser.context().newCDPSession(browser);
		devTools.send("WebAuthn.enable");
		var options = new com.google.gson.JsonObject();
		options.addProperty("protocol", "ctap2");
		options.addProperty("transport", "internal");
		options.addProperty("hasResidentKey", true);
		options.addProperty("hasUserVerification", true);
		options.addProperty("isUserVerified", true);
		options.addProperty("automaticPresenceSimulation", true);
		var authenticator = new com.google.gson.JsonObject();
		authenticator.add("options", options);
		devTools.send("WebAuthn.addVirtualAuthenticator", authenticator);
	}

	/** Runs axe-core on the current page; fails on serious or critical violations. */
	protected void checkAccessibility() {
		// measured at rest: not under the pointer of the last click
		page.mouse().move(0, 0);
		page.evaluate(axe());
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
				async () => {
				  const result = await axe.run(document, %s);
				  return result.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => ({ id: v.id, impact: v.impact, help: v.help,
				                 nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') }));
				}""".formatted(AXE_OPTIONS));
		checkedUrls.add(page.url());
		assertThat(violations).as("axe-core violations on " + page.url()).isEmpty();
	}

	/**
	 * How a focused element's outline is drawn, and the colour around it (its nearest
	 * opaque ancestor's background).
	 */
	protected record FocusIndicator(String style, double widthPx, String color, String surroundings) {

		/**
		 * The outline's contrast with what surrounds it, as WCAG computes it (1 to 21).
		 */
		double contrast() {
			double a = luminance(color);
			double b = luminance(surroundings);
			return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
		}

		private static double luminance(String rgb) {
			String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
			double[] linear = new double[3];
			for (int i = 0; i < 3; i++) {
				double c = Double.parseDouble(parts[i]) / 255;
				linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
			}
			return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
		}
	}

	/**
	 * Presses Tab, as a keyboard user would, until the target has the focus; then reads
	 * its focus indicator.
	 */
	protected FocusIndicator focusWithKeyboard(com.microsoft.playwright.Locator target) {
		page.mouse().move(0, 0);
		boolean focused = false;
		for (int presses = 0; presses < 60 && !focused; presses++) {
			page.keyboard().press("Tab");
			focused = (Boolean) target.evaluate("element => element === document.activeElement");
		}
		assertThat(focused).as("%s reached with the Tab key", target).isTrue();
		@SuppressWarnings("unchecked")
		Map<String, Object> drawn = (Map<String, Object>) target.evaluate(
				"""
						element => {
						  const style = getComputedStyle(element);
						  let around = 'rgb(255, 255, 255)';
						  for (let e = element.parentElement; e; e = e.parentElement) {
						    const background = getComputedStyle(e).backgroundColor;
						    if (background !== 'transparent' && !background.startsWith('rgba(0, 0, 0, 0)')) { around = background; break; }
						  }
						  return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor, around };
						}""");
		return new FocusIndicator((String) drawn.get("style"), ((Number) drawn.get("width")).doubleValue(),
				(String) drawn.get("color"), (String) drawn.get("around"));
	}

	protected List<String> checkedUrls() {
		return checkedUrls;
	}

	protected static synchronized String axe() {
		if (axeSource == null) {
			assertThat(AXE).as("axe-core %s (scripts/prepare-axe.sh fetches it with npm before the tests)", AXE_VERSION)
				.isRegularFile();
			try {
				axeSource = Files.readString(AXE, StandardCharsets.UTF_8);
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
			if (extension.getRequiredTestInstance() instanceof BrowserTest test && test.page != null
					&& !test.page.isClosed()) {
				Path folder = Paths.get("target", "browser-screenshots");
				Files.createDirectories(folder);
				String name = extension.getRequiredTestClass().getSimpleName() + "-"
						+ extension.getRequiredTestMethod().getName() + ".png";
				test.page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name)).setFullPage(true));
			}
		}

	}

}
