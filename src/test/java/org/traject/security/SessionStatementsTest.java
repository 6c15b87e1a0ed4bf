package org.traject.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.IntegrationTest;
import org.traject.test.QueryCounter;

/**
 * What a signed-in person's pages cost Spring Session in PostgreSQL: the session is read
 * once per request, and its row is written only when something in it changed or its
 * last-access time is a minute old, so an active person's session still lives on.
 */
@IntegrationTest
class SessionStatementsTest {

	private static final Pattern SESSION = Pattern.compile("SESSION=([^;]*)");

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSignedInPageReadsTheSessionOnceAndWritesNothing() throws Exception {
		Cookie session = signIn();
		// the first page after signing in tidies what sign-in left in the session (one
		// write), as part of signing in; then the person browses
		mvc.perform(get("/my").cookie(session)).andReturn();
		int requests = 100;
		int statements = 0;
		for (int i = 0; i < requests; i++) {
			QueryCounter.reset();
			var page = mvc.perform(get(i % 2 == 0 ? "/programmes" : "/my").cookie(session)).andReturn().getResponse();
			statements += QueryCounter.sessionCount();
			assertThat(page.getStatus()).as("request %d", i).isEqualTo(200);
			assertThat(page.getContentAsString()).contains("Stine Statement");
		}
		assertThat((double) statements / requests).as("session statements per signed-in GET").isLessThanOrEqualTo(1.0);
	}

	@Test
	void aSessionLastUsedOverAMinuteAgoIsWrittenSoItStaysAlive() throws Exception {
		Cookie session = signIn();
		// the first page after signing in may tidy the session (what sign-in left in it)
		mvc.perform(get("/my").cookie(session)).andReturn();
		String id = new String(Base64.getDecoder().decode(session.getValue()));
		long longAgo = System.currentTimeMillis() - ThriftySessions.LAST_ACCESS_WRITES.toMillis() - 5_000;
		jdbc.sql("update spring_session set last_access_time = :at, expiry_time = :at + max_inactive_interval * 1000"
				+ " where session_id = :id")
			.param("at", longAgo)
			.param("id", id)
			.update();

		QueryCounter.reset();
		mvc.perform(get("/my").cookie(session)).andReturn();
		assertThat(QueryCounter.sessionCount()).as("a read and the write of the last access").isEqualTo(2);
		long written = jdbc.sql("select last_access_time from spring_session where session_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(written).isGreaterThan(longAgo + ThriftySessions.LAST_ACCESS_WRITES.toMillis());

		QueryCounter.reset();
		mvc.perform(get("/my").cookie(session)).andReturn();
		assertThat(QueryCounter.sessionCount()).as("the next request, seconds later: a read only").isEqualTo(1);
	}

	private Cookie signIn() throws Exception {
		String email = "statements-" + UUID.randomUUID() + "@example.org";
		people.ensureAccount(email, "Stine Statement", Locale.ENGLISH, "statement-password-1", Set.of(Role.PARTICIPANT),
				null, null);
		var answer = mvc
			.perform(post("/login").param("email", email).param("password", "statement-password-1").with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(answer.getStatus()).isEqualTo(302);
		assertThat(answer.getRedirectedUrl()).endsWith("/my");
		String cookie = answer.getHeaders("Set-Cookie")
			.stream()
			.filter(header -> header.startsWith("SESSION="))
			.reduce((first, last) -> last)
			.orElseThrow();
		Matcher value = SESSION.matcher(cookie);
		assertThat(value.find()).isTrue();
		return new Cookie("SESSION", value.group(1));
	}

}
