package org.traject.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.catalogue.Catalogue;
import org.traject.people.Actor;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.SeatRelease;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.Enrolments;
import org.traject.organisations.internal.OrganisationDirectory;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;
import org.traject.test.QueryCounter;

/**
 * The organisation list and an organisation contact's page cost a fixed number of SQL
 * statements, however many organisations, members and enrolments there are: measured at
 * two sizes, the counts must be equal.
 */
@IntegrationTest
class OrganisationsQueryBudgetTest {

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	People people;

	@Autowired
	Enrolments enrolments;

	@Autowired
	CohortEditing cohorts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theOrganisationListCostsTheSameForTwoOrganisationsAndForAFullPage() throws Exception {
		String small = "Budget klein " + UUID.randomUUID();
		String large = "Budget groot " + UUID.randomUUID();
		for (int i = 0; i < 2; i++) {
			organisation(small + " " + i);
		}
		for (int i = 0; i < 30; i++) {
			long id = organisation(large + " " + i);
			directory.addAlias(null, id, large + " alias " + i);
			person(large + " " + i);
		}
		int forSmall = statementsFor(get("/secretary/organisations").param("q", small), DemoUsers.SECRETARY);
		int forLarge = statementsFor(get("/secretary/organisations").param("q", large), DemoUsers.SECRETARY);
		// the count and the page, and what the request costs whatever the page
		assertThat(forLarge).isEqualTo(forSmall).isPositive().isLessThanOrEqualTo(4);
		assertThat(statementsFor(get("/secretary/organisations").param("q", large).param("page", "2"),
				DemoUsers.SECRETARY))
			.isEqualTo(forLarge);
	}

	@Test
	void aContactsPageCostsTheSameForOnePersonAndForManyWithSeveralEnrolments() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long first = cohort("ontwikkeltraject-directeur-ikc", 3);
		long second = cohort("ledertalentudvikling", 20);
		long smallOrganisation = organisation("Budget bestuur klein " + tag);
		long largeOrganisation = organisation("Budget bestuur groot " + tag);
		long alone = person("Budget bestuur klein " + tag);
		enrolments.signUp(first, Actor.participant(alone, "Alone"), null);
		for (int i = 0; i < 8; i++) {
			long person = person("Budget bestuur groot " + tag);
			enrolments.signUp(first, Actor.participant(person, "P" + i), null);
			enrolments.signUp(second, Actor.participant(person, "P" + i),
					new org.traject.cohorts.internal.Manager("M", "m-" + tag + "@example.org"));
		}
		directory.matchPerson(alone);
		String contact = account();
		directory.addContact(null, smallOrganisation, contact, null);
		directory.addContact(null, largeOrganisation, contact, null);
		assertThat(directory.members(largeOrganisation)).hasSize(8);

		int forSmall = statementsFor(get("/organisation/" + smallOrganisation), contact);
		int forLarge = statementsFor(get("/organisation/" + largeOrganisation), contact);
		// the organisation with the contact check, its people with their enrolments, and
		// what the request costs whatever the page
		assertThat(forLarge).isEqualTo(forSmall).isPositive().isLessThanOrEqualTo(4);
	}

	private int statementsFor(MockHttpServletRequestBuilder request, String email) throws Exception {
		var principal = users.loadUserByUsername(email);
		QueryCounter.reset();
		int status = mvc.perform(request.with(user(principal))).andReturn().getResponse().getStatus();
		int count = QueryCounter.count();
		assertThat(status).isEqualTo(200);
		return count;
	}

	private long organisation(String name) {
		return directory.create(null, new OrganisationDetails(name, OrganisationKind.SCHOOL_BOARD,
				EnumSet.of(OrganisationSector.PRIMARY), null, null, "Utrecht", "NL", null, null));
	}

	private long person(String organisation) {
		return people
			.ensureAccount("budget-" + UUID.randomUUID() + "@example.org", "Budget Person", Locale.ENGLISH, null,
					Set.of(Role.PARTICIPANT), organisation, null)
			.id();
	}

	private String account() {
		return people
			.ensureAccount("budget-contact-" + UUID.randomUUID() + "@example.org", "Budget Contact", Locale.ENGLISH,
					DemoUsers.PASSWORD, Set.of(Role.PARTICIPANT), null, null)
			.email();
	}

	private long cohort(String slug, int capacity) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		long id = cohorts.create(catalogue.idOfSlug(slug).orElseThrow(),
				new CohortSettings("Budget " + UUID.randomUUID().toString().substring(0, 8), today.plusDays(30),
						today.plusDays(60), "Utrecht", false, "Europe/Amsterdam", capacity, 1, today.minusDays(5),
						today.plusDays(20), SeatRelease.CONFIRM_NEXT, 48));
		cohorts.openForEnrolment(id, cohorts.find(id).orElseThrow().version());
		return id;
	}

}
