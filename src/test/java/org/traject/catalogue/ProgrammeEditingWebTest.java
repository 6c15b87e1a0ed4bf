package org.traject.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.SeatRelease;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;

/**
 * The secretary's forms: errors beside the fields, nothing typed lost, PRG on success,
 * 409 on a concurrent edit.
 */
@IntegrationTest
class ProgrammeEditingWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	CohortEditing cohorts;

	private MockHttpServletRequestBuilder asSecretary(MockHttpServletRequestBuilder request) {
		return request.with(user(users.loadUserByUsername(DemoUsers.SECRETARY))).with(csrf()).locale(Locale.ENGLISH);
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		var response = mvc.perform(asSecretary(request)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void aProgrammeWithoutTitleIsShownAgainWithTheErrorBesideTheFieldAndEverythingTyped() throws Exception {
		var doc = page(post("/secretary/programmes").param("title", "  ")
			.param("summary", "A summary I typed")
			.param("language", "da")
			.param("format", "MASTERCLASS")
			.param("careerPhases", "INDUCTION")
			.param("content", "- point one\n- point two")
			.param("price", "12,5x")
			.param("currency", "EUR")
			.param("version", "0"));

		assertThat(doc.select("#title-error").text()).isEqualTo("Enter a title.");
		assertThat(doc.select("#title").attr("aria-invalid")).isEqualTo("true");
		assertThat(doc.select("#sectors-error").text()).isEqualTo("Choose at least one sector.");
		assertThat(doc.select("#price-error").text()).isNotBlank();
		assertThat(doc.select(".error-summary a[href=#title]").text()).isEqualTo("Enter a title.");
		assertThat(doc.select("#summary").text()).isEqualTo("A summary I typed");
		assertThat(doc.select("#content").text()).contains("point one").contains("point two");
		assertThat(doc.select("#language option[selected]").val()).isEqualTo("da");
		assertThat(doc.select("#careerPhases-INDUCTION").hasAttr("checked")).isTrue();
		assertThat(doc.select("#price").val()).isEqualTo("12,5x");
	}

	@Test
	void aValidProgrammeIsCreatedAsADraftAndTheSecretaryIsRedirectedToIt() throws Exception {
		String title = "Intervision for deputies " + UUID.randomUUID().toString().substring(0, 6);
		var response = mvc
			.perform(asSecretary(post("/secretary/programmes").param("title", title)
				.param("summary", "Peer consultation for deputy heads.")
				.param("language", "en")
				.param("format", "INTERVISION_TRACK")
				.param("careerPhases", "INDUCTION")
				.param("sectors", "PRIMARY")
				.param("price", "395,50")
				.param("currency", "EUR")
				.param("version", "0")))
			.andReturn()
			.getResponse();

		assertThat(response.getRedirectedUrl()).startsWith("/secretary/programmes/");
		long id = Long.parseLong(response.getRedirectedUrl().substring("/secretary/programmes/".length()));
		var programme = programmes.findForEditing(id).orElseThrow();
		assertThat(programme.getStatus()).isEqualTo(ProgrammeStatus.DRAFT);
		assertThat(programme.getSlug()).startsWith("intervision-for-deputies-");
		assertThat(programme.getPriceCents()).as("a decimal comma is understood").isEqualTo(39550);
	}

	@Test
	void aTakenWebAddressIsRefusedBesideTheField() throws Exception {
		var doc = page(post("/secretary/programmes").param("title", "Copy")
			.param("slug", "ontwikkeltraject-directeur-ikc")
			.param("summary", "s")
			.param("language", "nl")
			.param("format", "MASTERCLASS")
			.param("careerPhases", "INDUCTION")
			.param("sectors", "PRIMARY")
			.param("price", "0")
			.param("version", "0"));

		assertThat(doc.select("#slug-error").text()).contains("already uses this web address");
	}

	@Test
	void aConcurrentEditEndsOnTheConflictPageAndKeepsTheOtherChange() throws Exception {
		long id = programmes.create(new ProgrammeDetails("conflict-" + UUID.randomUUID().toString().substring(0, 8),
				"Original", "s", "en", ProgrammeFormat.MASTERCLASS, Set.of(CareerPhase.INDUCTION),
				Set.of(Sector.PRIMARY), "", "", "", "", "", 0, "EUR", null, null, null, false, null));
		long loadedAt = programmes.findForEditing(id).orElseThrow().getVersion();
		programmes.publish(id, loadedAt);

		var response = mvc
			.perform(asSecretary(post("/secretary/programmes/" + id).param("title", "Mine")
				.param("summary", "s")
				.param("language", "en")
				.param("format", "MASTERCLASS")
				.param("careerPhases", "INDUCTION")
				.param("sectors", "PRIMARY")
				.param("price", "0")
				.param("version", Long.toString(loadedAt))))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Changed by someone else");
		var programme = programmes.findForEditing(id).orElseThrow();
		assertThat(programme.getTitle()).isEqualTo("Original");
		assertThat(programme.getStatus()).isEqualTo(ProgrammeStatus.PUBLISHED);
	}

	@Test
	void aCohortEndingBeforeItStartsIsRefusedBesideTheEndDate() throws Exception {
		long programmeId = programmes.idOfSlug("ontwikkeltraject-directeur-ikc").orElseThrow();
		var doc = page(post("/secretary/programmes/" + programmeId + "/cohorts").param("code", "Autumn typed")
			.param("startDate", "2027-10-01")
			.param("endDate", "2027-09-01")
			.param("location", "Delft")
			.param("timeZone", "Europe/Amsterdam")
			.param("capacity", "10")
			.param("minParticipants", "12")
			.param("enrolmentCloses", "2027-10-05")
			.param("seatRelease", "OFFER")
			.param("offerHours", "48")
			.param("version", "0"));

		assertThat(doc.select("#endDate-error").text()).isEqualTo("The end date must be on or after the start date.");
		assertThat(doc.select("#minParticipants-error").text()).contains("cannot be higher than the capacity");
		assertThat(doc.select("#enrolmentCloses-error").text()).contains("on or before the start date");
		assertThat(doc.select("#code").val()).isEqualTo("Autumn typed");
		assertThat(doc.select("#location").val()).isEqualTo("Delft");
		assertThat(doc.select("#seatRelease option[selected]").val()).isEqualTo("OFFER");
	}

	@Test
	void aSessionOutsideTheCohortsDatesIsRefused() throws Exception {
		long programmeId = programmes.idOfSlug("ontwikkeltraject-directeur-ikc").orElseThrow();
		LocalDate start = LocalDate.now().plusMonths(8);
		long cohortId = cohorts.create(programmeId,
				new CohortSettings("Sessions " + UUID.randomUUID(), start, start.plusDays(10), "Delft", false,
						"Europe/Amsterdam", 10, 2, null, null, SeatRelease.CONFIRM_NEXT, 48));

		var doc = page(post("/secretary/cohorts/" + cohortId + "/sessions").param("sessionTitle", "Theme day typed")
			.param("sessionDate", start.plusDays(20).toString())
			.param("sessionStart", "10:00")
			.param("sessionEnd", "09:00"));

		assertThat(doc.select("#sessionDate-error").text()).contains("must fall within the cohort");
		assertThat(doc.select("#sessionEnd-error").text()).isEqualTo("The end time must be after the start time.");
		assertThat(doc.select("#sessionTitle").val()).isEqualTo("Theme day typed");
		assertThat(cohorts.find(cohortId).orElseThrow().sessions()).isEmpty();
	}

	@Test
	void aSecretaryAddsChangesAndRemovesContactsThatThePublicPageShows() throws Exception {
		String slug = "contacts-" + UUID.randomUUID().toString().substring(0, 8);
		long id = programmes.create(new ProgrammeDetails(slug, "Contacts " + slug, "Summary", "da",
				ProgrammeFormat.LEARNING_DAY, Set.of(CareerPhase.ESTABLISHED), Set.of(Sector.CHILDCARE), "", "",
				"En dag.", "", "", 0, "DKK", null, null, null, false, null));
		programmes.addModule(id, ModuleType.LEARNING_DAY, "Dag", java.math.BigDecimal.ONE, "");
		programmes.publish(id, programmes.findForEditing(id).orElseThrow().getVersion());

		var added = mvc
			.perform(asSecretary(post("/secretary/programmes/" + id + "/contacts")).param("contactRole", "CONSULTANT")
				.param("contactName", "  Mette Holm ")
				.param("contactEmail", "mette@example.dk")
				.param("contactPhone", "+45 33 12 34 56"))
			.andReturn();
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/secretary/programmes/" + id + "#contacts");
		mvc.perform(
				asSecretary(post("/secretary/programmes/" + id + "/contacts")).param("contactRole", "COURSE_SECRETARY")
					.param("contactName", "Lars Berg"));
		var contacts = programmes.contacts(id);
		assertThat(contacts).extracting(ProgrammeEditing.ContactView::name).containsExactly("Mette Holm", "Lars Berg");
		assertThat(contacts.get(1).email()).isNull();

		String editor = page(get("/secretary/programmes/" + id)).select("#contacts").text();
		assertThat(editor).contains("Mette Holm", "Consultant", "mette@example.dk", "Lars Berg", "Course secretary");

		var refused = page(post("/secretary/programmes/" + id + "/contacts/" + contacts.get(0).id())
			.param("contactRole", "PROGRAMME_LEADER")
			.param("contactName", "")
			.param("contactEmail", "not an address")
			.param("contactPhone", "call me"));
		assertThat(refused.select("#contactName-error").text()).isEqualTo("Enter a name.");
		assertThat(refused.select("#contactEmail-error").text()).contains("like name@example.org");
		assertThat(refused.select("#contactPhone-error").text()).contains("phone number");
		assertThat(refused.select("#contactEmail").val()).isEqualTo("not an address");
		assertThat(refused.select("#contactRole option[selected]").val()).isEqualTo("PROGRAMME_LEADER");
		assertThat(programmes.contact(id, contacts.get(0).id()).name()).isEqualTo("Mette Holm");

		mvc.perform(asSecretary(post("/secretary/programmes/" + id + "/contacts/" + contacts.get(0).id()))
			.param("contactRole", "PROGRAMME_LEADER")
			.param("contactName", "Mette Holm Jensen")
			.param("contactEmail", "")
			.param("contactPhone", ""));
		mvc.perform(asSecretary(post("/secretary/programmes/" + id + "/contacts/" + contacts.get(1).id() + "/remove")));

		assertThat(programmes.contacts(id)).singleElement().satisfies(c -> {
			assertThat(c.name()).isEqualTo("Mette Holm Jensen");
			assertThat(c.role()).isEqualTo(ContactRole.PROGRAMME_LEADER);
			assertThat(c.email()).isNull();
		});
		String publicPage = mvc.perform(get("/programmes/" + slug).locale(Locale.forLanguageTag("da")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(publicPage).contains("Mette Holm Jensen").doesNotContain("Lars Berg");
		String danishForm = Jsoup.parse(mvc
			.perform(get("/secretary/programmes/" + id + "/contacts/new")
				.with(user(users.loadUserByUsername(DemoUsers.SECRETARY)))
				.locale(Locale.forLanguageTag("da")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).select("main").text();
		assertThat(danishForm).contains("Tilføj en kontaktperson", "Rolle", "Navn", "Telefon");
	}

	@Test
	void aContactOfAnotherProgrammeIsNotFound() throws Exception {
		long first = programmes.idOfSlug("ontwikkeltraject-directeur-ikc").orElseThrow();
		long other = programmes.create(new ProgrammeDetails("other-" + UUID.randomUUID().toString().substring(0, 8),
				"Other", "Summary", "en", ProgrammeFormat.LEARNING_DAY, Set.of(CareerPhase.ESTABLISHED),
				Set.of(Sector.PRIMARY), "", "", "", "", "", 0, "EUR", null, null, null, false, null));
		programmes.addContact(other, ContactRole.CONSULTANT, "Somebody Else", null, null);
		long foreign = programmes.contacts(other).get(0).id();

		int status = mvc
			.perform(asSecretary(post("/secretary/programmes/" + first + "/contacts/" + foreign + "/remove")))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).isEqualTo(404);
		assertThat(programmes.contacts(other)).hasSize(1);
	}

	@Test
	void theProgrammeListIsForStaffOnly() throws Exception {
		int participant = mvc
			.perform(get("/secretary/programmes").with(user(users.loadUserByUsername(DemoUsers.PARTICIPANT))))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(participant).isEqualTo(403);
	}

}
