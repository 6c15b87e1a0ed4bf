package org.traject.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * Text comes in cleaned once for the whole application: searches and stored text never
 * carry a NUL.
 */
@IntegrationTest
class IncomingTextWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSecretarySearchingARosterWithANulGetsTheRoster() throws Exception {
		long cohort = jdbc.sql("select min(id) from cohort").query(Long.class).single();
		var response = mvc
			.perform(get("/secretary/cohorts/" + cohort).param("q", "a\u0000b")
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void aGoalTitleIsStoredWithoutControlCharactersOrSurroundingSpaces() throws Exception {
		var response = mvc
			.perform(post("/my/plan/goals").param("title", "  Lead\u0000ing\u0007 with data  ")
				.with(user(users.loadUserByUsername(DemoUsers.PARTICIPANT)))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(302);
		assertThat(
				jdbc.sql("select count(*) from plan_goal where title = 'Leading with data'").query(Long.class).single())
			.isEqualTo(1);
	}

}
