package org.traject.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.test.IntegrationTest;

/**
 * A programme's own texts carry its language; the portal's labels around them keep the
 * reader's.
 */
@IntegrationTest
class ContentLanguageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aDanishProgrammeOnTheEnglishCatalogueIsMarkedDanishButItsLabelsAreNot() throws Exception {
		var page = Jsoup.parse(mvc.perform(get("/programmes?language=da").header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.select(".card-programme")).isNotEmpty();
		assertThat(page.select(".card-programme .card-title").eachAttr("lang")).containsOnly("da")
			.hasSameSizeAs(page.select(".card-programme"));
		assertThat(page.select(".card-programme .card-text").eachAttr("lang")).containsOnly("da");
		assertThat(page.select(".card-programme[lang], .card-programme .tag[lang], .card-programme .next-cohort[lang]"))
			.as("labels such as '3 places left' are read in the page's language")
			.isEmpty();
	}

}
