package org.traject.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

@IntegrationTest
class SecurityBehaviourTest {

	/** Spring Session's cookie: the session is kept in PostgreSQL, not in one instance's memory. */
	private static final String SESSION_COOKIE = "SESSION";

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Test
	void signingInLandsOnTheRoleStartPageAndRotatesTheSessionId() throws Exception {
		// sessions live in PostgreSQL (Spring Session): carry the session cookie as a browser does
		Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie(SESSION_COOKIE);
		assertThat(before).isNotNull();
		MvcResult result = mvc.perform(post("/login").cookie(before)
			.param("email", "Secretary@Traject.test")
			.param("password", DemoUsers.PASSWORD)
			.with(csrf())).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/secretary");
		Cookie after = result.getResponse().getCookie(SESSION_COOKIE);
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
	}

	@Test
	void aWrongPasswordKeepsTheEmailTyped() throws Exception {
		MvcResult failed = mvc.perform(post("/login")
			.param("email", DemoUsers.COACH)
			.param("password", "not-the-password")
			.with(csrf())).andReturn();
		assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/login?error=credentials");
		Cookie session = failed.getResponse().getCookie(SESSION_COOKIE);
		assertThat(session).isNotNull();
		String page = mvc.perform(get("/login?error=credentials").cookie(session).locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("value=\"" + DemoUsers.COACH + "\"").contains("The email address or password is not right");
	}

	@Test
	void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
		String email = "throttle-" + UUID.randomUUID() + "@example.org";
		people.ensureAccount(email, "Throttle Test", Locale.ENGLISH, "right-password", Set.of(Role.PARTICIPANT), null, null);
		for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
			mvc.perform(post("/login").param("email", email).param("password", "wrong-" + i).with(csrf()));
		}
		MvcResult locked = mvc.perform(post("/login").param("email", email).param("password", "right-password")
			.with(csrf())).andReturn();
		assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?error=locked");
		String page = mvc.perform(get("/login?error=locked").locale(Locale.forLanguageTag("da")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("For mange mislykkede forsøg");
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
