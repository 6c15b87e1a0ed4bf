package org.traject.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A reader who switches language mid-search or on a filtered report keeps what they were
 * looking at.
 */
class LanguageLinksTest {

	@AfterEach
	void forgetRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theLanguageLinksKeepTheSearchAndFiltersOfThePage() {
		var request = new MockHttpServletRequest("GET", "/programmes");
		request.setQueryString("q=school%20leider&open=true&lang=nl");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		var links = new LayoutModel().languageLinks();

		assertThat(links.get("da")).isEqualTo("/programmes?q=school%20leider&open=true&lang=da");
		assertThat(links.get("en")).isEqualTo("/programmes?q=school%20leider&open=true&lang=en");
	}

	@Test
	void afterAPostTheLanguageLinksGoHome() {
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("POST", "/signup/1")));

		assertThat(new LayoutModel().languageLinks().get("da")).isEqualTo("/?lang=da");
	}

}
