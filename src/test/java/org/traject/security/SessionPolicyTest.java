package org.traject.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.IntegrationTest;

/**
 * Sessions as a real browser meets them (cookies, over HTTP): what their ids are made of,
 * and how long they live, idle and in all.
 */
@IntegrationTest
class SessionPolicyTest {

	private static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private static final Pattern SESSION = Pattern.compile("^SESSION=([^;]*)");

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void sessionIdsCarry216RandomBitsAndChangeOnSignIn() throws Exception {
		var login = get("/login", null);
		String before = sessionId(login);
		String after = sessionId(signIn(login));

		assertThat(after).isNotEqualTo(before);
		for (String id : new String[] { before, after }) {
			assertThat(id).hasSize(36).matches("[A-Za-z0-9_-]{36}");
			assertThat(id).as("not a UUID (122 random bits)")
				.doesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
			assertThat(Base64.getUrlDecoder().decode(id)).hasSize(27);
		}
	}

	@Test
	void aSessionEndsAfterThirtyIdleMinutes() throws Exception {
		String id = sessionId(signIn(get("/login", null)));
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where session_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isEqualTo(30 * 60);
	}

	@Test
	void aSessionEndsTwelveHoursAfterSignInHoweverActive() throws Exception {
		var signedIn = signIn(get("/login", null));
		String cookie = sessionCookie(signedIn);
		assertThat(get("/my", cookie).statusCode()).isEqualTo(200);

		// as if the person signed in 12 hours and a minute ago and kept clicking since
		jdbc.sql("""
				update spring_session set creation_time = creation_time - :shift, last_access_time = :now
				where session_id = :id""")
			.param("shift", SessionPolicy.ABSOLUTE_LIFETIME.plusMinutes(1).toMillis())
			.param("now", System.currentTimeMillis())
			.param("id", sessionId(signedIn))
			.update();

		var afterwards = get("/my", cookie);
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	private HttpResponse<String> signIn(HttpResponse<String> loginPage) throws Exception {
		String email = "session-" + UUID.randomUUID() + "@example.org";
		people.ensureAccount(email, "Sanne Sessie", Locale.ENGLISH, "session-password-1", Set.of(Role.PARTICIPANT),
				null, null);
		Matcher csrf = CSRF.matcher(loginPage.body());
		assertThat(csrf.find()).isTrue();
		String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
				+ "&password=session-password-1&_csrf="
				+ URLEncoder.encode(csrf.group(1) != null ? csrf.group(1) : csrf.group(2), StandardCharsets.UTF_8);
		var answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", sessionCookie(loginPage))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/my");
		return answer;
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "en");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return "SESSION=" + cookieValue(response);
	}

	private static String sessionId(HttpResponse<?> response) {
		return new String(Base64.getDecoder().decode(cookieValue(response)), StandardCharsets.US_ASCII);
	}

	private static String cookieValue(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(SESSION::matcher)
			.filter(Matcher::find)
			.map(m -> m.group(1))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers().map()));
	}

}
