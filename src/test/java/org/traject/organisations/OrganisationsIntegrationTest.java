package org.traject.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.ApprovalRequested;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.SeatRelease;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.Enrolments;
import org.traject.cohorts.internal.Manager;
import org.traject.development.internal.Plans;
import org.traject.organisations.internal.OrganisationDirectory;
import org.traject.organisations.internal.OrganisationRefusedException;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * Organisations as secretaries keep them and as sign-ups fill them: matching free text to
 * a name or alias, merging duplicates, and what an organisation's contact and a manager
 * get to see (their people's enrolments, nobody else's).
 */
@IntegrationTest
@RecordApplicationEvents
class OrganisationsIntegrationTest {

	private static final String IKC = "ontwikkeltraject-directeur-ikc";

	private static final String TALENT = "ledertalentudvikling";

	@Autowired
	OrganisationDirectory directory;

	@Autowired
	Organisations organisations;

	@Autowired
	Enrolments enrolments;

	@Autowired
	CohortEditing cohorts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	People people;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEvents events;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aSignUpsFreeTextOrganisationJoinsTheOrganisationKnownByThatNameOrAnAlias() {
		long board = organisation("Stichting Testbestuur " + unique, OrganisationKind.SCHOOL_BOARD);
		directory.addAlias(null, board, "STB " + unique);
		long cohort = openCohort(IKC, 10);

		long byName = signUp(cohort, "Nina Naam", "  stichting   TESTBESTUUR " + unique.toUpperCase(Locale.ROOT) + " ");
		long byAlias = signUp(cohort, "Arie Alias", "stb " + unique);
		long unknown = signUp(cohort, "Olaf Onbekend", "Een heel andere school " + unique);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(memberIds(board)).contains(byName, byAlias);
		});
		assertThat(memberIds(board)).doesNotContain(unknown);
		assertThat(organisations.ofPerson(byAlias)).extracting(Organisations.OrganisationView::name)
			.containsExactly("Stichting Testbestuur " + unique);
		assertThat(organisations.ofPerson(unknown)).isEmpty();

		// a secretary takes someone out: matching their free text again does not bring
		// them back
		directory.removeMember(null, board, byName);
		assertThat(directory.matchPerson(byName)).contains(board);
		assertThat(memberIds(board)).doesNotContain(byName).contains(byAlias);
	}

	@Test
	void anOrganisationCreatedOrGivenAnAliasLaterFindsThePeopleWhoTypedItsName() {
		long early = person("Eva Eerder", "Kindcentrum De Eik " + unique);
		long other = person("Otto Ander", "KC Eik " + unique);

		long centre = organisation("kindcentrum de eik " + unique, OrganisationKind.SCHOOL);
		assertThat(memberIds(centre)).containsExactly(early);

		directory.addAlias(null, centre, "KC  Eik " + unique);
		assertThat(memberIds(centre)).containsExactlyInAnyOrder(early, other);
		assertThat(directory.history(centre)).extracting(OrganisationDirectory.Change::change)
			.contains("CREATED", "ALIAS_ADDED", "MEMBERS_MATCHED");
	}

	@Test
	void aNameOrAliasBelongsToOneOrganisationWhateverItsCapitalsAndSpaces() {
		long first = organisation("Gemeente Voorbeeld " + unique, OrganisationKind.MUNICIPALITY);
		long second = organisation("Kinderopvang Voorbeeld " + unique, OrganisationKind.CHILDCARE);
		assertThatThrownBy(() -> organisation(" GEMEENTE  voorbeeld " + unique, OrganisationKind.MUNICIPALITY))
			.isInstanceOfSatisfying(OrganisationRefusedException.class,
					ex -> assertThat(ex.reason()).isEqualTo(OrganisationRefusedException.Reason.NAME_TAKEN));
		assertThatThrownBy(() -> directory.addAlias(null, second, "gemeente voorbeeld " + unique))
			.isInstanceOf(OrganisationRefusedException.class);
		var renamed = directory.find(first).orElseThrow();
		directory.update(null, first, renamed.version(), new OrganisationDetails("Gemeente Nieuwnaam " + unique,
				OrganisationKind.MUNICIPALITY, Set.of(), null, null, null, "NL", null, null));
		assertThat(directory.aliases(first)).extracting(OrganisationDirectory.Alias::shown)
			.as("the old name stays as an alias")
			.containsExactly("Gemeente Voorbeeld " + unique);
	}

	@Test
	void mergingADuplicateMovesItsMembersContactsAndNamesToTheKeptOneAndIsRecorded() {
		long kept = organisation("Scholengroep Rivier " + unique, OrganisationKind.SCHOOL_BOARD);
		long duplicate = organisation("Scholengroep de Rivier " + unique, OrganisationKind.SCHOOL_BOARD);
		directory.addAlias(null, duplicate, "SG Rivier " + unique);
		long both = person("Bea Beide", "Scholengroep Rivier " + unique);
		long onlyDuplicate = person("Dirk Dubbel", "Scholengroep de Rivier " + unique);
		directory.addMember(null, duplicate, people.findById(both).orElseThrow().email());
		directory.addMember(null, duplicate, people.findById(onlyDuplicate).orElseThrow().email());
		long contact = account("Carla Contact");
		directory.addContact(null, duplicate, email(contact), "HR-adviseur");

		directory.merge(null, kept, "sg rivier " + unique);

		assertThat(memberIds(kept)).containsExactlyInAnyOrder(both, onlyDuplicate);
		assertThat(directory.contacts(kept)).extracting(OrganisationDirectory.Contact::personId)
			.containsExactly(contact);
		assertThat(directory.aliases(kept)).extracting(OrganisationDirectory.Alias::shown)
			.containsExactlyInAnyOrder("Scholengroep de Rivier " + unique, "SG Rivier " + unique);
		assertThat(directory.find(duplicate).orElseThrow().mergedInto()).isEqualTo(kept);
		assertThat(directory.search(unique, null, 1).rows()).extracting(OrganisationDirectory.Row::id)
			.contains(kept)
			.doesNotContain(duplicate);
		assertThat(directory.history(kept)).extracting(OrganisationDirectory.Change::change).contains("MERGED_IN");
		assertThat(directory.history(duplicate)).extracting(OrganisationDirectory.Change::change)
			.contains("MERGED_AWAY");
		// a later sign-up with the duplicate's name finds the kept organisation
		long later = person("Lotte Later", "Scholengroep de Rivier " + unique);
		assertThat(directory.matchPerson(later)).contains(kept);
		assertThatThrownBy(() -> directory.merge(null, kept, "Scholengroep Rivier " + unique)).isInstanceOfSatisfying(
				OrganisationRefusedException.class,
				ex -> assertThat(ex.reason()).isEqualTo(OrganisationRefusedException.Reason.DUPLICATE_IS_SELF));
	}

	@Test
	void theMergeFormAsksForConfirmationAndNamesAnUnknownDuplicateBesideTheField() throws Exception {
		long kept = organisation("Stichting Formulier " + unique, OrganisationKind.SCHOOL_BOARD);
		var unconfirmed = send(post("/secretary/organisations/" + kept + "/merge").param("duplicate", "Iets " + unique),
				DemoUsers.SECRETARY);
		assertThat(unconfirmed.getStatus()).isEqualTo(200);
		assertThat(body(unconfirmed)).contains("Tick the box to confirm the merge.")
			.contains("value=\"Iets " + unique + "\"");
		var unknown = send(post("/secretary/organisations/" + kept + "/merge").param("duplicate", "Iets " + unique)
			.param("confirm", "true"), DemoUsers.SECRETARY);
		assertThat(body(unknown)).contains("No organisation in the list has this name or alias.");
	}

	@Test
	void aSecretaryCreatesAnOrganisationAndATakenNameComesBackBesideTheField() throws Exception {
		String name = "Samenwerkingsverband Formulier " + unique;
		var created = send(post("/secretary/organisations").param("name", name)
			.param("kind", "PARTNERSHIP")
			.param("sectors", "PRIMARY", "SECONDARY")
			.param("country", "NL")
			.param("city", "Zwolle"), DemoUsers.SECRETARY);
		assertThat(created.getRedirectedUrl()).as(() -> errorsIn(created)).startsWith("/secretary/organisations/");
		var again = send(post("/secretary/organisations").param("name", name.toUpperCase(Locale.ROOT))
			.param("kind", "PARTNERSHIP")
			.param("country", "NL"), DemoUsers.SECRETARY);
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(body(again)).contains("Another organisation is already called &quot;" + name + "&quot;")
			.contains("id=\"name-error\"");
		var blank = send(post("/secretary/organisations").param("name", " ").param("kind", "SCHOOL"),
				DemoUsers.SECRETARY);
		assertThat(blank.getStatus()).isEqualTo(200);
		assertThat(body(blank)).contains("Enter the organisation&#39;s name.");
		var garbage = send(post("/secretary/organisations").param("name", "Kind " + unique).param("kind", "NOPE"),
				DemoUsers.SECRETARY);
		assertThat(garbage.getStatus()).isEqualTo(200);
		assertThat(body(garbage)).contains("id=\"kind-error\"").contains("value=\"Kind " + unique + "\"");
		var list = send(get("/secretary/organisations").param("q", "formulier " + unique), DemoUsers.SECRETARY);
		assertThat(body(list)).contains(name).contains("Partnership of schools");
	}

	@Test
	void aContactSeesTheEnrolmentsOfTheirOrganisationsPeopleAndNothingOfAnotherOrganisation() throws Exception {
		long mine = organisation("Bestuur Eigen " + unique, OrganisationKind.SCHOOL_BOARD);
		long theirs = organisation("Bestuur Ander " + unique, OrganisationKind.SCHOOL_BOARD);
		long full = openCohort(IKC, 1);
		long anna = person("Anna Eigen", "Bestuur Eigen " + unique);
		long bram = person("Bram Eigen", "Bestuur Eigen " + unique);
		long carl = person("Carl Ander", "Bestuur Ander " + unique);
		enrolments.signUp(full, org.traject.people.Actor.participant(anna, "Anna Eigen"), null);
		enrolments.signUp(full, org.traject.people.Actor.participant(bram, "Bram Eigen"), null);
		enrolments.signUp(full, org.traject.people.Actor.participant(carl, "Carl Ander"), null);
		long contact = account("Hilde HR");
		directory.addContact(null, mine, email(contact), "HR-adviseur");

		var page = send(get("/organisation/" + mine), email(contact));
		assertThat(page.getStatus()).isEqualTo(200);
		String html = body(page);
		assertThat(html).contains("Anna Eigen", "Bram Eigen", "Ontwikkeltraject Directeur Integraal Kindcentrum")
			.contains("confirmed")
			.contains("waitlisted #1")
			.doesNotContain("Carl Ander")
			.doesNotContain("/my/shared/plans")
			.doesNotContain("/my/measurements");

		assertThat(send(get("/organisation/" + theirs), email(contact)).getStatus()).isEqualTo(404);
		assertThat(send(get("/organisation/" + mine), DemoUsers.ADMIN).getStatus())
			.as("not a contact, whatever the role")
			.isEqualTo(404);
		assertThat(send(get("/organisation"), email(contact)).getRedirectedUrl()).isEqualTo("/organisation/" + mine);
		assertThat(body(send(get("/my"), email(contact))))
			.contains("Enrolments of the people of Bestuur Eigen " + unique);
	}

	@Test
	void aManagerSeesThePeopleWhoseEnrolmentTheyApprovedOrWhoSharedTheirPlanWithThem() throws Exception {
		long manager = account("Mark Manager");
		String managerEmail = email(manager);
		long cohort = openCohort(TALENT, 5);
		long approved = person("Petra Goedgekeurd", "School");
		long pending = person("Quinten Wacht", "School");
		long shared = person("Rosa Gedeeld", "School");
		long elsewhere = person("Sven Elders", "School");
		var request = enrolments.signUp(cohort, org.traject.people.Actor.participant(approved, "Petra"),
				new Manager("Mark Manager", managerEmail.toUpperCase(Locale.ROOT)));
		enrolments.signUp(cohort, org.traject.people.Actor.participant(pending, "Quinten"),
				new Manager("Mark Manager", managerEmail));
		enrolments.signUp(cohort, org.traject.people.Actor.participant(elsewhere, "Sven"),
				new Manager("Other", "other-" + unique + "@example.org"));
		enrolments.decideApproval(token(request.enrolmentId()), true, null);
		plans.shareWithManager(shared, managerEmail, "Mark Manager");

		String html = body(send(get("/my/team"), managerEmail));
		assertThat(html).contains("Petra Goedgekeurd", "Rosa Gedeeld", "Development plan of Rosa Gedeeld")
			.contains("Ledertalentudvikling")
			.doesNotContain("Quinten Wacht")
			.doesNotContain("Sven Elders");
		assertThat(body(send(get("/my"), managerEmail))).contains("/my/team");
		assertThat(body(send(get("/my/team"), email(account("Nobody Manages"))))).contains("id=\"team-empty\"");
	}

	private String token(long enrolmentId) {
		return events.stream(ApprovalRequested.class)
			.filter(e -> e.enrolmentId() == enrolmentId)
			.findFirst()
			.orElseThrow()
			.approvalLink()
			.substring("/approvals/".length());
	}

	@Test
	void aLongListHasAPagerThatKeepsTheSearch() throws Exception {
		String prefix = "Paged " + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < OrganisationDirectory.PAGE_SIZE + 1; i++) {
			organisation(prefix + " " + i, OrganisationKind.SCHOOL);
		}
		var first = org.jsoup.Jsoup
			.parse(body(send(get("/secretary/organisations").param("q", prefix), DemoUsers.SECRETARY)));
		var pager = first.select("nav[aria-label=Pages of organisations]");
		assertThat(pager.text()).isEqualTo("Page 1 of 2 Next page");
		assertThat(pager.select("a[rel=next]").attr("href")).contains("page=2").contains("q=Paged");
		var second = org.jsoup.Jsoup.parse(
				body(send(get("/secretary/organisations").param("q", prefix).param("page", "2"), DemoUsers.SECRETARY)));
		assertThat(second.select("nav[aria-label=Pages of organisations]").text())
			.isEqualTo("Previous page Page 2 of 2");
		assertThat(second.select("nav a[rel=prev]").attr("href")).contains("page=1");
	}

	private long organisation(String name, OrganisationKind kind) {
		return directory.create(null, new OrganisationDetails(name, kind, EnumSet.of(OrganisationSector.PRIMARY), null,
				null, "Utrecht", "NL", null, null));
	}

	private long openCohort(String slug, int capacity) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		long id = cohorts.create(catalogue.idOfSlug(slug).orElseThrow(),
				new CohortSettings("Org " + UUID.randomUUID().toString().substring(0, 8), today.plusDays(30),
						today.plusDays(60), "Utrecht", false, "Europe/Amsterdam", capacity, 1, today.minusDays(5),
						today.plusDays(20), SeatRelease.CONFIRM_NEXT, 48));
		cohorts.openForEnrolment(id, cohorts.find(id).orElseThrow().version());
		return id;
	}

	/** A visitor signs up with a new account, typing their organisation. */
	private long signUp(long cohort, String name, String organisation) {
		String email = "signup-" + UUID.randomUUID() + "@example.org";
		enrolments.signUpWithNewAccount(cohort,
				new People.NewParticipant(email, name, organisation, "Directeur", Locale.ENGLISH), null);
		return people.findByEmail(email).orElseThrow().id();
	}

	private long person(String name, String organisation) {
		return people
			.ensureAccount("person-" + UUID.randomUUID() + "@example.org", name, Locale.ENGLISH, null,
					Set.of(Role.PARTICIPANT), organisation, "Leader")
			.id();
	}

	private long account(String name) {
		return people
			.ensureAccount("account-" + UUID.randomUUID() + "@example.org", name, Locale.ENGLISH, DemoUsers.PASSWORD,
					Set.of(Role.PARTICIPANT), null, null)
			.id();
	}

	private String email(long personId) {
		return people.findById(personId).orElseThrow().email();
	}

	private java.util.List<Long> memberIds(long organisation) {
		return directory.members(organisation).stream().map(OrganisationDirectory.Member::personId).toList();
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String email) throws Exception {
		return mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(email))).locale(Locale.ENGLISH))
			.andReturn()
			.getResponse();
	}

	/** The messages beside the fields of a form that came back, to say why it did. */
	private static String errorsIn(MockHttpServletResponse response) {
		try {
			return org.jsoup.Jsoup.parse(body(response)).select(".invalid-feedback").eachText().toString();
		}
		catch (Exception ex) {
			return ex.toString();
		}
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
