package org.traject.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.people.People;
import org.traject.privacy.Statements;
import org.traject.test.IntegrationTest;

/**
 * The sign-up form says what is stored and why, links the privacy statement, and a
 * sign-up records which version of that statement the form linked to.
 */
@IntegrationTest
class SignUpPrivacyStatementTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CohortEditing editing;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Statements statements;

	EnrolmentFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new EnrolmentFixtures(editing, programmes, people, jdbc);
	}

	@Test
	void aSignUpRecordsTheVersionOfThePrivacyStatementItsFormLinkedTo() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		var form = Jsoup.parse(mvc.perform(get("/signup/" + cohort).locale(Locale.forLanguageTag("da")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.select(".privacy-notice").text()).contains("Vi gemmer");
		assertThat(form.select(".privacy-notice a").attr("href")).isEqualTo("/statements/privacy");
		String shown = form.select("input[name=privacyVersion]").val();
		assertThat(shown).isEqualTo(String.valueOf(statements.current("privacy", "da").version()));

		String email = signUp(cohort, shown);
		assertThat(seen(email)).containsExactly(Map.of("statement", "privacy", "language", "da", "version",
				Integer.parseInt(shown), "context", "SIGN_UP"));
	}

	@Test
	void aTamperedVersionRecordsTheCurrentOneAndStillSignsUp() throws Exception {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		int current = statements.current("privacy", "da").version();
		for (String garbage : List.of("999999", "-1", "abc\u0000", "1".repeat(5000))) {
			String email = signUp(cohort, garbage);
			assertThat(seen(email)).as(garbage.length() > 10 ? "a long one" : garbage)
				.singleElement()
				.satisfies(row -> assertThat(row.get("version")).isEqualTo(current));
		}
	}

	private String signUp(long cohort, String privacyVersion) throws Exception {
		String email = "notice-" + UUID.randomUUID() + "@example.org";
		var posted = mvc
			.perform(post("/signup/" + cohort).with(csrf())
				.locale(Locale.forLanguageTag("da"))
				.param("name", "Nora Notice")
				.param("email", email)
				.param("organisation", "Skolen")
				.param("jobTitle", "Leder")
				.param("language", "da")
				.param("privacyVersion", privacyVersion))
			.andReturn();
		assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/signup/" + cohort + "/done");
		return email;
	}

	private List<Map<String, Object>> seen(String email) {
		return jdbc.sql("""
				select statement, language, version, context from statement_seen
				where person_id = (select id from person where email = :email)""")
			.param("email", email)
			.query()
			.listOfRows();
	}

}
