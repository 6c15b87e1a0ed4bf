package org.traject.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

@IntegrationTest
class SecurityBehaviourTest {

	/**
	 * Spring Session's cookie: the session is kept in PostgreSQL, not in one instance's
	 * memory.
	 */
	private static final String SESSION_COOKIE = "SESSION";

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@LocalServerPort
	int port;

	private static final String RIGHT_PASSWORD = "right-password";

	@Test
	void signingInLandsOnTheRoleStartPageAndRotatesTheSessionId() throws Exception {
		// sessions live in PostgreSQL (Spring Session): carry the session cookie as a
		// browser does
		Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie(SESSION_COOKIE);
		assertThat(before).isNotNull();
		MvcResult result = mvc
			.perform(post("/login").cookie(before)
				.param("email", "Secretary@Traject.test")
				.param("password", DemoUsers.PASSWORD)
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/secretary");
		Cookie after = result.getResponse().getCookie(SESSION_COOKIE);
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
	}

	@Test
	void withoutSingleSignOnConfiguredTheSignInPageOffersOnlyThePasswordForm() throws Exception {
		String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("name=\"password\"")
			.doesNotContain("id=\"sso\"")
			.doesNotContain("/oauth2/authorization/");
		// and the single sign-on entry points are not there at all
		assertThat(mvc.perform(get("/oauth2/authorization/entra")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void aWrongPasswordKeepsTheEmailTyped() throws Exception {
		MvcResult failed = mvc
			.perform(post("/login").param("email", DemoUsers.COACH).param("password", "not-the-password").with(csrf()))
			.andReturn();
		assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/login?error=credentials");
		Cookie session = failed.getResponse().getCookie(SESSION_COOKIE);
		assertThat(session).isNotNull();
		String page = mvc.perform(get("/login?error=credentials").cookie(session).locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("value=\"" + DemoUsers.COACH + "\"")
			.contains("The email address or password is not right");
	}

	@Test
	void repeatedFailuresFromOneAddressPauseThatAddressEvenForTheRightPassword() throws Exception {
		String email = newAccount();
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
			signIn(email, "wrong-" + i, "198.51.100.21");
		}
		assertThat(signIn(email, RIGHT_PASSWORD, "198.51.100.21").getRedirectedUrl()).isEqualTo("/login?error=locked");
		String page = mvc.perform(get("/login?error=locked").locale(Locale.forLanguageTag("da")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("For mange mislykkede forsøg");
	}

	@Test
	void wrongPasswordsFromAnotherAddressDoNotKeepTheOwnerOut() throws Exception {
		String email = newAccount();
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS + 2; i++) {
			signIn(email, "wrong-" + i, "198.51.100.22");
		}
		assertThat(signIn(email, RIGHT_PASSWORD, "203.0.113.22").getRedirectedUrl()).isEqualTo("/my");
		// and the owner signing in does not give the guesser fresh attempts
		assertThat(signIn(email, RIGHT_PASSWORD, "198.51.100.22").getRedirectedUrl()).isEqualTo("/login?error=locked");
	}

	@Test
	void oneAddressGuessingAcrossManyAccountsIsPausedToo() throws Exception {
		String victim = newAccount();
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
			signIn("nobody-" + i + "-" + UUID.randomUUID() + "@example.org", "wrong", "198.51.100.23");
		}
		assertThat(signIn(victim, RIGHT_PASSWORD, "198.51.100.23").getRedirectedUrl()).isEqualTo("/login?error=locked");
		assertThat(signIn(victim, RIGHT_PASSWORD, "203.0.113.23").getRedirectedUrl()).isEqualTo("/my");
	}

	@Test
	void ipv6AddressesOfOneNetworkCountTogether() {
		assertThat(LoginThrottle.network("2001:db8:1:2:aaaa::1"))
			.isEqualTo(LoginThrottle.network("2001:db8:1:2:bbbb::9"))
			.isNotEqualTo(LoginThrottle.network("2001:db8:1:3::1"));
		assertThat(LoginThrottle.network("192.0.2.1")).isEqualTo("192.0.2.1");
	}

	/**
	 * Through the real server: a client-sent X-Forwarded-For is not its address, so each
	 * guess cannot claim a new one.
	 */
	@Test
	void aForgedForwardedForDoesNotGiveAGuesserFreshAttempts() throws Exception {
		String email = newAccount();
		var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		var login = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String session = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		var csrfToken = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(csrfToken.find()).isTrue();
		String location = "";
		for (int i = 0; i <= LoginThrottle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
			boolean last = i == LoginThrottle.MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS;
			String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
					+ (last ? RIGHT_PASSWORD : "wrong-" + i) + "&_csrf=" + csrfToken.group(1);
			var answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", session)
				.header("X-Forwarded-For", "192.0.2." + (100 + i))
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding());
			location = answer.headers().firstValue("Location").orElse("");
		}
		assertThat(location).endsWith("/login?error=locked");
	}

	/**
	 * Through the real server: a client cannot make Traject redirect to a host of its
	 * choosing.
	 */
	@Test
	void aForgedForwardedHostDoesNotChangeWhereRedirectsGo() throws Exception {
		var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		var answer = http.send(HttpRequest.newBuilder(URI.create(base() + "/my"))
			.header("X-Forwarded-Host", "evil.test")
			.header("X-Forwarded-Proto", "https")
			.header("Forwarded", "host=evil.test;proto=https")
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("evil.test")
			.startsWith("http://localhost:" + port + "/");
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private String newAccount() {
		String email = "throttle-" + UUID.randomUUID() + "@example.org";
		people.ensureAccount(email, "Throttle Test", Locale.ENGLISH, RIGHT_PASSWORD, Set.of(Role.PARTICIPANT), null,
				null);
		return email;
	}

	private org.springframework.mock.web.MockHttpServletResponse signIn(String email, String password, String address)
			throws Exception {
		return mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		})).andReturn().getResponse();
	}

	@Test
	void pagesCarryAStrictContentSecurityPolicy() throws Exception {
		var response = mvc.perform(get("/")).andReturn().getResponse();
		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).contains("script-src 'self'").contains("object-src 'none'").contains("base-uri 'none'");
		assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() throws Exception {
		int status = mvc.perform(post("/login").param("email", DemoUsers.ADMIN).param("password", DemoUsers.PASSWORD))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(403);
	}

	@Test
	void healthIsPublicButOtherActuatorEndpointsAreForAdminsOnly() throws Exception {
		var health = mvc.perform(get("/actuator/health")).andReturn().getResponse();
		assertThat(health.getStatus()).isEqualTo(200);
		assertThat(health.getContentAsString()).contains("UP").doesNotContain("components");
		var metrics = mvc.perform(get("/actuator/metrics")).andReturn().getResponse();
		assertThat(metrics.getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void administratorsSeeTheDatabaseAsAHealthComponentOthersOnlyTheStatus() throws Exception {
		var admin = mvc.perform(get("/actuator/health")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("health-admin@example.org")
				.roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(admin).contains("\"components\"").contains("\"db\"").contains("PostgreSQL");
		var participant = mvc.perform(get("/actuator/health")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("health-participant@example.org")
				.roles("PARTICIPANT")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(participant).contains("UP").doesNotContain("components").doesNotContain("PostgreSQL");
	}

	@Test
	void theLanguageFollowsAcceptLanguageAndTheChoiceIsRemembered() throws Exception {
		String dutch = mvc.perform(get("/").header("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.5"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(dutch).contains("lang=\"nl\"").contains("Zoek een opleiding");
		var switched = mvc.perform(get("/?lang=da")).andReturn().getResponse();
		Cookie cookie = switched.getCookie("traject-lang");
		assertThat(cookie).isNotNull();
		String danish = mvc.perform(get("/").cookie(cookie).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(danish).contains("lang=\"da\"").contains("Søg efter forløb");
	}

}
