package org.traject.catalogue;

import org.traject.catalogue.internal.ProgrammeEditing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * A number and its noun agree on the pages, in English, Dutch and Danish ("1 day", "1,5
 * dagen").
 */
@IntegrationTest
class CountedWordsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProgrammeEditing programmes;

	@Test
	void oneDayIsADayAndOneAndAHalfDaysAreDaysInEveryLanguage() throws Exception {
		long id = programmes.create(new ProgrammeDetails("counted-" + UUID.randomUUID().toString().substring(0, 8),
				"Counted words", "Summary", "en", ProgrammeFormat.MASTERCLASS, Set.of(CareerPhase.ESTABLISHED),
				Set.of(Sector.PRIMARY), "Who", "Why", "What", "Goals", "Before", 0, "EUR", null, null, null, false,
				null));
		programmes.addModule(id, ModuleType.KICK_OFF, "Opening", BigDecimal.ONE, "");

		var english = edit(id, "en");
		assertThat(english.select(".total-days").text()).isEqualTo("In total 1 day");
		assertThat(english.text()).contains("Kick-off · 1 day").doesNotContain("1 days");
		assertThat(edit(id, "nl").select(".total-days").text()).isEqualTo("In totaal 1 dag");
		assertThat(edit(id, "da").select(".total-days").text()).isEqualTo("I alt 1 dag");

		programmes.addModule(id, ModuleType.THEME_DAY, "Afternoon", new BigDecimal("0.5"), "");

		assertThat(edit(id, "en").select(".total-days").text()).isEqualTo("In total 1.5 days");
		assertThat(edit(id, "nl").select(".total-days").text()).isEqualTo("In totaal 1,5 dagen");
		assertThat(edit(id, "da").select(".total-days").text()).isEqualTo("I alt 1,5 dage");
		assertThat(edit(id, "nl").text()).contains("Themadag · 0,5 dagen");
	}

	private Document edit(long id, String language) throws Exception {
		var response = mvc
			.perform(get("/secretary/programmes/" + id).with(user(users.loadUserByUsername(DemoUsers.SECRETARY)))
				.header("Accept-Language", language))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

}
