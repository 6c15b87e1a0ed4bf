package org.traject.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.traject.TrajectApplication;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * Two instances of the application, as behind a load balancer: separate Spring contexts
 * on their own ports, one PostgreSQL database (the integration tests' own). A person who
 * signs in on one continues on the other, and a scheduled job triggered on both runs once
 * per trigger.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

	private static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private static final Pattern SESSION = Pattern.compile("^SESSION=([^;]*)");

	@Autowired
	JdbcConnectionDetails database;

	@Autowired
	People people;

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@BeforeAll
	void startTwoInstances() {
		// one after the other: Spring Boot's logging system keeps its state in JVM-wide
		// system properties, and two
		// contexts starting side by side in one JVM race on them ("Unknown format
		// 'CONSOLE_LOG_STRUCTURED_FORMAT_...'")
		first = start("first");
		second = start("second");
	}

	@AfterAll
	void stopInstances() {
		if (first != null) {
			first.close();
		}
		if (second != null) {
			second.close();
		}
	}

	private ConfigurableApplicationContext start(String name) {
		// command-line arguments, because they outrank application.properties (builder
		// properties would not)
		return new SpringApplicationBuilder(TrajectApplication.class, ScaleOutJob.Setup.class).run("--server.port=0",
				"--traject.demo-data=false", "--traject.test.instance=" + name,
				"--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(),
				"--spring.datasource.password=" + database.getPassword(),
				"--spring.datasource.hikari.maximum-pool-size=4", "--logging.level.root=WARN",
				// the public forms' limits as in production; the tests below play clients
				// at
				// many addresses behind a proxy on this machine
				"--traject.form-limits.per-address=20", "--traject.form-limits.per-target=5",
				"--traject.trusted-proxies=127.0.0.1",
				// the shared test context has migrated the schema and owns its
				// outstanding events
				"--spring.flyway.enabled=false",
				"--spring.modulith.events.republish-outstanding-events-on-restart=false",
				"--spring.main.banner-mode=off");
	}

	@Test
	void aPersonWhoSignsInOnOneInstanceContinuesOnTheOther() throws Exception {
		String email = "scale-" + UUID.randomUUID() + "@example.org";
		people.ensureAccount(email, "Ingrid Scale", Locale.ENGLISH, "two-instances-pw", Set.of(Role.PARTICIPANT), null,
				null);

		var loginPage = get(first, "/login", null);
		String anonymous = sessionCookie(loginPage);
		var signIn = post(first, "/login", anonymous,
				Map.of("email", email, "password", "two-instances-pw", "_csrf", csrfToken(loginPage.body())));
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/my");
		String session = sessionCookie(signIn);

		var startPage = get(second, "/my", session);
		assertThat(startPage.statusCode()).isEqualTo(200);
		assertThat(startPage.body()).contains("Ingrid Scale");
		assertThat(get(second, "/my", null).statusCode()).as("without the cookie").isEqualTo(302);

		// the CSRF token lives in the shared session too: a form rendered by one instance
		// is accepted by the other
		var signOut = post(second, "/logout", session, Map.of("_csrf", csrfToken(get(first, "/my", session).body())));
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(signOut.headers().firstValue("Location").orElseThrow()).contains("/login?signedOut");
		assertThat(get(first, "/my", session).statusCode()).as("signed out on both").isEqualTo(302);
	}

	@Test
	void anAccountAnAdministratorDeactivatesOnOneInstanceLosesItsOpenSessionOnTheOther() throws Exception {
		String email = "deactivated-" + UUID.randomUUID() + "@example.org";
		people.ensureAccount(email, "Dirk Deactivated", Locale.ENGLISH, "soon-deactivated-pw", Set.of(Role.COACH), null,
				null);
		long id = people.findByEmail(email).orElseThrow().id();
		String coach = signIn(second, email, "soon-deactivated-pw");
		assertThat(get(second, "/coach", coach).statusCode()).isEqualTo(200);

		// the administrator, through the other instance's pages
		String admin = signIn(first, DemoUsers.ADMIN, DemoUsers.PASSWORD);
		var personPage = get(first, "/admin/people/" + id, admin);
		assertThat(personPage.statusCode()).isEqualTo(200);
		var deactivated = post(first, "/admin/people/" + id + "/deactivate", admin,
				Map.of("_csrf", csrfToken(personPage.body())));
		assertThat(deactivated.statusCode()).isEqualTo(302);
		assertThat(get(first, "/admin/people/" + id, admin).body()).contains("Deactivated");

		// at once, on the instance where the coach was working
		var next = get(second, "/coach", coach);
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location").orElseThrow()).contains("/login");
		assertThat(get(first, "/coach", coach).statusCode()).isEqualTo(302);
		var loginPage = get(second, "/login", null);
		var again = post(second, "/login", sessionCookie(loginPage),
				Map.of("email", email, "password", "soon-deactivated-pw", "_csrf", csrfToken(loginPage.body())));
		assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=disabled");
	}

	/** Signs in on one instance; the session cookie. */
	private String signIn(ConfigurableApplicationContext instance, String email, String password)
			throws IOException, InterruptedException {
		var loginPage = get(instance, "/login", null);
		var signIn = post(instance, "/login", sessionCookie(loginPage),
				Map.of("email", email, "password", password, "_csrf", csrfToken(loginPage.body())));
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return sessionCookie(signIn);
	}

	@Test
	void aScheduledJobTriggeredOnBothInstancesRunsOncePerTrigger() throws Exception {
		ScaleOutJob.forget();
		// until both instances have fired at least twice and two slots have a run,
		// however slow the machine is
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> ScaleOutJob.TRIGGERS.getOrDefault("first", 0) >= 2
					&& ScaleOutJob.TRIGGERS.getOrDefault("second", 0) >= 2 && ScaleOutJob.RUNS.size() >= 2);
		var runs = Map.copyOf(ScaleOutJob.RUNS);
		var triggers = Map.copyOf(ScaleOutJob.TRIGGERS);

		assertThat(triggers.keySet()).containsExactlyInAnyOrder("first", "second");
		assertThat(triggers.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(2));
		assertThat(runs).hasSizeGreaterThanOrEqualTo(2);
		assertThat(runs.values())
			.as("instances that ran the job, per trigger: %s",
					runs.entrySet().stream().map(Object::toString).collect(Collectors.joining(", ")))
			.allSatisfy(instances -> assertThat(instances).hasSize(1));
	}

	@Test
	void aClientAddressThatUsedAPublicFormTwentyTimesIsPausedOnBothInstances() throws Exception {
		String address = randomAddress();
		var form = get(first, "/account/password-reset", null);
		String session = sessionCookie(form);
		String csrf = csrfToken(form.body());
		for (int i = 0; i < 20; i++) {
			// alternately through each instance, each time for another address
			var instance = i % 2 == 0 ? first : second;
			var asked = fromAddress(instance, "/account/password-reset", session, address, "en",
					Map.of("email", "limit-" + UUID.randomUUID() + "@example.org", "_csrf", csrf));
			assertThat(asked.statusCode()).as("attempt %d", i + 1).isEqualTo(302);
		}

		var refusedHere = fromAddress(first, "/account/password-reset", session, address, "en",
				Map.of("email", "limit-" + UUID.randomUUID() + "@example.org", "_csrf", csrf));
		var refusedThere = fromAddress(second, "/account/password-reset", session, address, "nl",
				Map.of("email", "limit-" + UUID.randomUUID() + "@example.org", "_csrf", csrf));
		var otherClient = fromAddress(second, "/account/password-reset", session, randomAddress(), "en",
				Map.of("email", "limit-" + UUID.randomUUID() + "@example.org", "_csrf", csrf));

		assertThat(refusedHere.statusCode()).isEqualTo(429);
		assertThat(refusedHere.body()).contains("Please wait a moment").contains("Try again in 15 minutes");
		assertThat(Long.parseLong(refusedHere.headers().firstValue("Retry-After").orElseThrow())).isBetween(840L, 900L);
		assertThat(refusedThere.statusCode()).isEqualTo(429);
		assertThat(refusedThere.body()).contains("Probeer het over 15 minuten opnieuw");
		assertThat(otherClient.statusCode()).as("another client is not affected").isEqualTo(302);
	}

	@Test
	void oneEmailAddressTypedFromManyClientAddressesIsPausedAfterFiveOnBothInstances() throws Exception {
		String target = "target-" + UUID.randomUUID() + "@example.org";
		var form = get(second, "/account/password-reset", null);
		String session = sessionCookie(form);
		String csrf = csrfToken(form.body());
		for (int i = 0; i < 5; i++) {
			var instance = i % 2 == 0 ? second : first;
			assertThat(fromAddress(instance, "/account/password-reset", session, randomAddress(), "en",
					Map.of("email", target, "_csrf", csrf))
				.statusCode()).as("attempt %d", i + 1).isEqualTo(302);
		}
		// other letters, same mailbox
		var sixth = fromAddress(first, "/account/password-reset", session, randomAddress(), "da",
				Map.of("email", target.toUpperCase(Locale.ROOT), "_csrf", csrf));
		assertThat(sixth.statusCode()).isEqualTo(429);
		assertThat(sixth.body()).contains("Prøv igen om 15 minutter");
	}

	private HttpResponse<String> fromAddress(ConfigurableApplicationContext instance, String path, String session,
			String clientAddress, String language, Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", language)
			.header("X-Forwarded-For", clientAddress)
			.header("Cookie", "SESSION=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** An address in 10.0.0.0/8 that no other run of this test is likely to have used. */
	private static String randomAddress() {
		var random = java.util.concurrent.ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String session)
			throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(uri(instance, path)).header("Accept-Language", "en").GET();
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String session,
			Map<String, String> form) throws IOException, InterruptedException {
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		var request = HttpRequest.newBuilder(uri(instance, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(SESSION::matcher)
			.filter(Matcher::find)
			.map(m -> m.group(1))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
	}

	private static String csrfToken(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("a CSRF token in the page").isTrue();
		return m.group(1) != null ? m.group(1) : m.group(2);
	}

}
