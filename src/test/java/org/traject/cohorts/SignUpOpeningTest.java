package org.traject.cohorts;

import org.traject.cohorts.internal.CohortEditing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.catalogue.CareerPhase;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.ProgrammeDetails;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.Sector;
import org.traject.catalogue.internal.CatalogueQuery;
import org.traject.catalogue.internal.CatalogueSearch;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.test.IntegrationTest;

/**
 * "Open for enrolment" means that one can sign up today; a window that opens later is
 * announced with its date.
 */
@IntegrationTest
class SignUpOpeningTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CatalogueSearch search;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	CohortEditing cohorts;

	private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

	@Test
	void aCohortWhoseSignUpOpensLaterIsNotOpenTodayAndThePageSaysWhenItOpensBesideTellMe() throws Exception {
		String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String slug = marker + "-later";
		long programme = publishedProgramme(slug, "Later " + marker);
		LocalDate opens = today.plusDays(40);
		openCohort(programme, opens, today.plusDays(50), today.plusDays(60));

		var openToday = search.search(new CatalogueQuery(marker, null, null, null, null, true, 0));
		var all = search.search(new CatalogueQuery(marker, null, null, null, null, false, 0));
		String page = mvc.perform(get("/programmes/" + slug).locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(openToday.cards()).as("the open filter means: can sign up today").isEmpty();
		assertThat(all.cards()).singleElement().satisfies(card -> {
			assertThat(card.nextIsOpen()).isFalse();
			assertThat(card.signUpOpens()).isEqualTo(opens);
		});
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK).format(opens);
		assertThat(page).contains("Sign-up opens on " + date)
			.contains("No cohort of this programme is open for sign-up")
			.contains("/interest/" + programme)
			.doesNotContain("Open for enrolment")
			.doesNotContain("/signup/");
	}

	@Test
	void aCohortInsideItsEnrolmentWindowIsOpenToday() throws Exception {
		String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String slug = marker + "-now";
		long programme = publishedProgramme(slug, "Now " + marker);
		openCohort(programme, today.plusDays(40), today.plusDays(50), today.plusDays(60));
		long now = openCohort(programme, today.minusDays(1), today.plusDays(10), today.plusDays(20));

		var openToday = search.search(new CatalogueQuery(marker, null, null, null, null, true, 0));
		String page = mvc.perform(get("/programmes/" + slug).locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(openToday.cards()).singleElement().satisfies(card -> {
			assertThat(card.nextIsOpen()).isTrue();
			assertThat(card.nextStartDate()).isEqualTo(today.plusDays(20));
		});
		assertThat(page).contains("/signup/" + now).doesNotContain("No cohort of this programme is open for sign-up");
	}

	private long publishedProgramme(String slug, String title) {
		long id = programmes.create(new ProgrammeDetails(slug, title, "Summary", "en", ProgrammeFormat.LEARNING_DAY,
				Set.of(CareerPhase.ESTABLISHED), Set.of(Sector.PRIMARY), "", "", "A day.", "", "", 0, "EUR", null, null,
				null, false, null));
		programmes.addModule(id, ModuleType.LEARNING_DAY, "Day", BigDecimal.ONE, "");
		programmes.publish(id, programmes.findForEditing(id).orElseThrow().getVersion());
		return id;
	}

	private long openCohort(long programme, LocalDate opens, LocalDate closes, LocalDate start) {
		long id = cohorts.create(programme,
				new CohortSettings("C " + UUID.randomUUID().toString().substring(0, 8), start, start.plusDays(30),
						"Utrecht", false, "Europe/Amsterdam", 10, 2, opens, closes, SeatRelease.CONFIRM_NEXT, 48));
		cohorts.openForEnrolment(id, cohorts.find(id).orElseThrow().version());
		return id;
	}

}
