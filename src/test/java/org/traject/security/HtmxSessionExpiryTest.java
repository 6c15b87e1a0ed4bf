package org.traject.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.test.IntegrationTest;

/**
 * A part of a page asked for by htmx after the session ended reloads the page instead of
 * showing the sign-in form in it.
 */
@IntegrationTest
class HtmxSessionExpiryTest {

	@Autowired
	MockMvc mvc;

	@Test
	void anHtmxRequestWithoutASessionReloadsThePage() throws Exception {
		var response = mvc.perform(get("/secretary/cohorts").header("HX-Request", "true")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("HX-Refresh")).isEqualTo("true");
		assertThat(response.getContentAsString()).doesNotContain("<form");
	}

	@Test
	void aPageRequestWithoutASessionIsStillSentToSignIn() throws Exception {
		var response = mvc.perform(get("/secretary/cohorts")).andReturn().getResponse();
		assertThat(response.getRedirectedUrl()).endsWith("/login");
		assertThat(response.getHeader("HX-Refresh")).isNull();
	}

}
