package org.traject.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.traject.TrajectApplication;

/**
 * A provider's first day: Traject started with the {@code prod} profile on an empty
 * database and {@code TRAJECT_BOOTSTRAP_ADMIN}, no SMTP server. The administrator follows
 * the link from the log, chooses a password, gives the emailed code as second factor,
 * invites a course secretary; the secretary accepts, registers a passkey (Chromium's
 * virtual authenticator, through the DevTools protocol) and signs in with password and
 * passkey. Then a second instance joins on the same database: the secretary's session
 * carries over, and ends there at once when the administrator deactivates the account on
 * the first. Production instances of their own, beside the tests' shared one.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorBrowserTest extends BrowserTest {

	private static final String ADMIN = "first-admin@provider.example.org";

	private static final String SECRETARY = "sanne.secretary@provider.example.org";

	private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

	@Autowired
	JdbcConnectionDetails testDatabase;

	private String databaseName;

	private ConfigurableApplicationContext production;

	private ConfigurableApplicationContext secondInstance;

	private JdbcClient productionDatabase;

	private int productionPort;

	private String productionUrl;

	@BeforeEach
	void patientAssertions() {
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
	}

	@AfterEach
	void stopProduction() throws SQLException {
		if (secondInstance != null) {
			secondInstance.close();
		}
		if (production != null) {
			production.close();
		}
		if (databaseName != null) {
			execute("drop database if exists " + databaseName + " with (force)");
		}
	}

	@Test
	void theFirstAdministratorStartsFromNothingAndASecretaryTheyInviteSignsInWithPasswordAndPasskey(CapturedOutput log)
			throws Exception {
		startProduction();

		// nothing but the administrator: no demo accounts, no programmes
		assertThat(productionDatabase.sql("select email from person").query(String.class).list())
			.containsExactly(ADMIN);
		assertThat(productionDatabase.sql("select count(*) from programme").query(Long.class).single()).isZero();
		var link = Pattern.compile("here is the link to choose a password \\(valid until [^)]+\\): (\\S+)")
			.matcher(log.getOut());
		assertThat(link.find()).as("the invitation link in the log").isTrue();
		assertThat(link.group(1)).startsWith(at("/account/confirm/"));

		// the administrator
		page.navigate(link.group(1));
		checkAccessibility();
		choosePassword(page, "the-first-administrators-password");
		giveEmailedCode(page, ADMIN);
		assertThat(page).hasURL(Pattern.compile(".*:" + productionPort + "/admin(\\?continue)?"));
		checkAccessibility();
		page.getByText("Find people, invite staff, change roles").click();
		assertThat(page).hasURL(at("/admin/people"));
		page.getByText("Invite a member of staff").first().click();
		checkAccessibility();
		page.locator("#name").fill("Sanne Smit");
		page.locator("#email").fill(SECRETARY);
		page.locator("#language").selectOption("en");
		page.locator("#role-SECRETARY").check();
		page.locator("#invite-form button[type=submit]").click();
		assertThat(page.locator("main")).containsText("Sanne Smit");

		// the secretary, in a browser of their own with a platform authenticator
		BrowserContext secretaryBrowser = openAnotherBrowser();
		Page secretary = secretaryBrowser.newPage();
		addVirtualAuthenticator(secretary);
		String invitation = emailed(SECRETARY, "staff-invitation",
				Pattern.compile("(" + Pattern.quote(at("/account/confirm/")) + "[A-Za-z0-9_-]{20,})"));
		secretary.navigate(invitation);
		choosePassword(secretary, "sannes-own-password");
		// strong sign-in is on in production: no passkey yet, so a code by email
		giveEmailedCode(secretary, SECRETARY);
		assertThat(secretary).hasURL(Pattern.compile(".*:" + productionPort + "/secretary(\\?continue)?"));

		secretary.getByText("Your account").click();
		secretary.locator("#passkey-label").fill("Work laptop");
		secretary.locator("#passkey-register button[type=submit]").click();
		assertThat(secretary.locator("#passkey-added")).containsText("Your passkey is added");
		assertThat(secretary.locator("#passkeys")).containsText("Work laptop");

		secretary.locator("form[action$='/logout'] button").first().click();
		assertThat(secretary).hasURL(Pattern.compile(".*/login\\?signedOut=true"));
		secretary.locator("#email").fill(SECRETARY);
		secretary.locator("#password").fill("sannes-own-password");
		secretary.locator("main form button[type=submit]").click();
		// with a passkey, the passkey and nothing else
		assertThat(secretary).hasURL(Pattern.compile(".*/login/second-factor.*"));
		assertThat(secretary.getByText("Email me a code")).hasCount(0);
		secretary.getByText("Use your passkey").click();
		assertThat(secretary).hasURL(Pattern.compile(".*:" + productionPort + "/secretary(\\?continue)?"));
		assertThat(secretary.locator(".signed-in-as")).hasText("Sanne Smit");

		// what the administrator sees on the secretary's page
		long secretaryId = productionDatabase.sql("select id from person where email = :email")
			.param("email", SECRETARY)
			.query(Long.class)
			.single();
		page.navigate(at("/admin/people/" + secretaryId));
		assertThat(page.locator("main")).containsText("Invited");
		assertThat(page.locator("main")).containsText("Passkey added");
		assertThat(page.locator("main")).containsText("Work laptop");
		checkAccessibility();

		// a second instance behind the same load balancer: the secretary's session
		// carries over (the cookie is the host's, whatever the port)
		int secondPort = startSecondInstance();
		secretary.navigate("http://localhost:" + secondPort + "/secretary");
		assertThat(secretary).hasURL("http://localhost:" + secondPort + "/secretary");
		assertThat(secretary.locator(".signed-in-as")).hasText("Sanne Smit");
		// the administrator deactivates the account on the first instance ...
		page.locator("form[action$='/deactivate'] button").click();
		assertThat(page.locator("main")).containsText("its sessions have ended");
		// ... and the secretary's next page on the second is the sign-in page
		secretary.navigate("http://localhost:" + secondPort + "/secretary");
		assertThat(secretary).hasURL(Pattern.compile(".*:" + secondPort + "/login.*"));
		secretary.locator("#email").fill(SECRETARY);
		secretary.locator("#password").fill("sannes-own-password");
		secretary.locator("main form button[type=submit]").click();
		assertThat(secretary).hasURL(Pattern.compile(".*/login\\?error=disabled"));
		secretaryBrowser.close();
	}

	private void choosePassword(Page browser, String password) {
		browser.locator("#password").fill(password);
		browser.locator("#confirmation").fill(password);
		browser.locator("main form button[type=submit]").click();
	}

	private void giveEmailedCode(Page browser, String email) {
		assertThat(browser).hasURL(Pattern.compile(".*/login/second-factor.*"));
		browser.getByText("Email me a code").click();
		assertThat(browser).hasURL(at("/login/code?sent=true"));
		browser.locator("#token").fill(emailed(email, "sign-in-code", CODE));
		browser.locator("form[action$='/login/ott'] button[type=submit]").click();
	}

	/** The first match in the newest email of this kind, from the outbox. */
	private String emailed(String recipient, String kind, Pattern pattern) {
		String body = await().atMost(Duration.ofSeconds(20))
			.until(() -> productionDatabase.sql("""
					select text_body from outgoing_email where recipient = :to and kind = :kind
					order by id desc limit 1""")
				.param("to", recipient)
				.param("kind", kind)
				.query(String.class)
				.optional(), Optional::isPresent)
			.orElseThrow();
		var matcher = pattern.matcher(body);
		assertThat(matcher.find()).as(pattern + " in " + body).isTrue();
		return matcher.group(1);
	}

	private String at(String path) {
		return "http://localhost:" + productionPort + path;
	}

	/**
	 * Traject as a provider starts it on its first day: the {@code prod} profile, an
	 * empty database, no mail server, the first administrator's address.
	 */
	private void startProduction() throws SQLException, IOException {
		databaseName = "traject_first_day_" + ProcessHandle.current().pid();
		execute("drop database if exists " + databaseName + " with (force)");
		execute("create database " + databaseName + " encoding 'UTF8' template template0");
		String url = testDatabase.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + databaseName + "$1");
		productionUrl = url;
		try (var socket = new ServerSocket(0)) {
			productionPort = socket.getLocalPort();
		}
		production = new SpringApplicationBuilder(TrajectApplication.class).profiles("prod")
			.run("--server.port=" + productionPort, "--traject.base-url=http://localhost:" + productionPort,
					"--traject.bootstrap-admin=" + ADMIN, "--spring.datasource.url=" + url,
					"--spring.datasource.username=" + testDatabase.getUsername(),
					"--spring.datasource.password=" + testDatabase.getPassword(),
					"--spring.datasource.hikari.maximum-pool-size=4", "--spring.main.banner-mode=off");
		productionDatabase = JdbcClient
			.create(new DriverManagerDataSource(url, testDatabase.getUsername(), testDatabase.getPassword()));
	}

	/** Another instance on the same database, as a second server would be. */
	private int startSecondInstance() {
		secondInstance = new SpringApplicationBuilder(TrajectApplication.class).profiles("prod")
			.run("--server.port=0", "--spring.datasource.url=" + productionUrl,
					"--spring.datasource.username=" + testDatabase.getUsername(),
					"--spring.datasource.password=" + testDatabase.getPassword(),
					"--spring.datasource.hikari.maximum-pool-size=4", "--spring.flyway.enabled=false",
					"--spring.main.banner-mode=off");
		return ((WebServerApplicationContext) secondInstance).getWebServer().getPort();
	}

	private void execute(String sql) throws SQLException {
		try (var connection = DriverManager.getConnection(testDatabase.getJdbcUrl(), testDatabase.getUsername(),
				testDatabase.getPassword()); var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
