package org.traject.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.test.IntegrationTest;

/**
 * Static files are mapped folder by folder (web/StaticResources, a fix found with the
 * benchmark): pages must still link to content-hashed CSS and JavaScript and to versioned
 * webjars, and those links must serve the files with long-lived caching.
 */
@IntegrationTest
class StaticResourceLinksTest {

	@Autowired
	MockMvc mvc;

	@Test
	void pagesLinkToContentHashedFilesThatAreServedWithLongCaching() throws Exception {
		String page = body(get("/programmes"));

		String css = find(page, "href=\"(/css/traject-[0-9a-f]{32}\\.css)\"");
		String js = find(page, "src=\"(/js/traject-[0-9a-f]{32}\\.js)\"");
		String bootstrap = find(page, "href=\"(/webjars/bootstrap/[0-9][^/\"]*/css/bootstrap\\.min\\.css)\"");
		String htmx = find(page, "src=\"(/webjars/htmx\\.org/[0-9][^/\"]*/dist/htmx\\.min\\.js)\"");

		for (String path : new String[] { css, js, bootstrap, htmx }) {
			MockHttpServletResponse file = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(file.getStatus()).as(path).isEqualTo(200);
			assertThat(file.getContentAsByteArray()).as(path).isNotEmpty();
			assertThat(file.getHeader("Cache-Control")).as(path).contains("max-age=604800");
		}
		assertThat(mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andReturn().getResponse().getStatus())
			.as("version-less webjar path")
			.isEqualTo(200);
	}

	@Test
	void linksToPagesAreLeftAsWritten() throws Exception {
		String page = body(get("/programmes"));

		assertThat(page).contains("href=\"/programmes\"").contains("href=\"/login\"");
		assertThat(mvc.perform(get("/css/no-such-file.css")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String find(String page, String regex) {
		Matcher m = Pattern.compile(regex).matcher(page);
		assertThat(m.find()).as("a link matching %s", regex).isTrue();
		return m.group(1);
	}

}
