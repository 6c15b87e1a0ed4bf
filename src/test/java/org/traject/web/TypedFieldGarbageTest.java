package org.traject.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * The three forms that answered a value of the wrong type with a server error: each now
 * comes back with what was typed and a message in the reader's language beside the field.
 */
@IntegrationTest
class TypedFieldGarbageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aGoalWithAnImpossibleTargetDateComesBackWithTheDateAndAMessage() throws Exception {
		var page = send(post("/my/plan/goals").param("title", "Lead the team").param("targetDate", "31/12/9999"),
				DemoUsers.PARTICIPANT, "nl");
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(body(page)).contains("value=\"31/12/9999\"").contains("Vul een datum in, bijv. 2027-03-14.");
	}

	@Test
	void aGoalWithCompetenciesThatAreNotNumbersComesBackWithAMessage() throws Exception {
		var page = send(post("/my/plan/goals").param("title", "Lead the team").param("competencies", "abc"),
				DemoUsers.PARTICIPANT, "en");
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(body(page)).contains("This value is not valid.").contains("value=\"Lead the team\"");
	}

	@Test
	void aCompletionRuleWithAPercentageInWordsComesBackWithAMessage() throws Exception {
		long programme = jdbc.sql("select min(id) from programme").query(Long.class).single();
		var page = send(post("/secretary/delivery/programmes/" + programme + "/rule").param("basis", "SESSIONS")
			.param("minimumPercent", "eighty")
			.param("version", "-1"), DemoUsers.SECRETARY, "da");
		assertThat(page.getStatus()).isEqualTo(200);
		// a number field cannot hold "eighty" in a browser, so only a tool sends it; the
		// message is what matters here
		assertThat(body(page)).containsPattern("id=\"minimumPercent-error\">\\s*<span>Skriv et helt tal.</span>");
	}

	@Test
	void aSessionStartingAtTenOClockInWordsComesBackWithAMessage() throws Exception {
		long cohort = jdbc.sql("select min(id) from cohort").query(Long.class).single();
		var page = send(post("/secretary/cohorts/" + cohort + "/sessions").param("sessionTitle", "Kick-off")
			.param("sessionDate", "2027-03-14")
			.param("sessionStart", "ten o'clock")
			.param("sessionEnd", "16:30"), DemoUsers.SECRETARY, "en");
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(body(page)).containsPattern("value=\"ten o(&#39;|')clock\"").contains("Enter a time, e.g. 09:30.");
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String email, String language)
			throws Exception {
		return mvc.perform(
				request.header("Accept-Language", language).with(user(users.loadUserByUsername(email))).with(csrf()))
			.andReturn()
			.getResponse();
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
