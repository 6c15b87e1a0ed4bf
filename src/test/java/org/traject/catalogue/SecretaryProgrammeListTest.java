package org.traject.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/** The secretary's list of programmes. */
@IntegrationTest
class SecretaryProgrammeListTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theFirstColumnIsHeadedTitleInEveryLanguage() throws Exception {
		assertThat(list(Locale.ENGLISH).select("thead th").first().text()).isEqualTo("Title");
		assertThat(list(Locale.forLanguageTag("nl")).select("thead th").first().text()).isEqualTo("Titel");
		assertThat(list(Locale.forLanguageTag("da")).select("thead th").first().text()).isEqualTo("Titel");
	}

	private Document list(Locale locale) throws Exception {
		var response = mvc
			.perform(get("/secretary/programmes").with(user(users.loadUserByUsername(DemoUsers.SECRETARY)))
				.header("Accept-Language", locale.toLanguageTag()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

}
