package org.traject.cohorts;

import org.traject.cohorts.internal.InterestLists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.catalogue.CareerPhase;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.ProgrammeDetails;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.Sector;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * The secretary sees who asked to be told about a programme, also before it has any
 * cohort.
 */
@IntegrationTest
class InterestListPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	InterestLists interestLists;

	@Autowired
	People people;

	@Test
	void aProgrammeWithoutCohortsShowsItsInterestListWithCountsToTheSecretary() throws Exception {
		String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		long programme = programmes.create(new ProgrammeDetails(marker + "-interest", "Interest " + marker, "Summary",
				"nl", ProgrammeFormat.LEARNING_DAY, Set.of(CareerPhase.ESTABLISHED), Set.of(Sector.PRIMARY), "", "",
				"Een dag.", "", "", 0, "EUR", null, null, null, false, null));
		programmes.addModule(programme, ModuleType.LEARNING_DAY, "Dag", BigDecimal.ONE, "");
		programmes.publish(programme, programmes.findForEditing(programme).orElseThrow().getVersion());
		var member = people.ensureAccount("waiting-" + marker + "@example.org", "Wachtende Leider", Locale.ENGLISH,
				null, Set.of(Role.PARTICIPANT), "School", "Leader");
		interestLists.register(programme, member.email(), Locale.forLanguageTag("nl"), member.id());
		interestLists.register(programme, "unconfirmed-" + marker + "@example.org", Locale.forLanguageTag("da"), null);

		String page = mvc
			.perform(get("/secretary/programmes/" + programme + "/cohorts")
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY)))
				.locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("No cohorts")
			.contains("Interest list")
			.contains("Waiting to be told when a cohort opens: 1 · email address not yet confirmed: 1")
			.contains("waiting-" + marker + "@example.org")
			.contains("unconfirmed-" + marker + "@example.org");
		assertThat(page.indexOf("waiting-" + marker)).as("those waiting first")
			.isLessThan(page.indexOf("unconfirmed-" + marker));
	}

}
