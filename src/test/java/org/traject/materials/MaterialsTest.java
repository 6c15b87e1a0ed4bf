package org.traject.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.materials.internal.MaterialStore;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.DemoUsers;
import org.traject.test.IntegrationTest;
import org.traject.test.QueryCounter;

/**
 * Materials and pre-work: the secretary adds files and links, garbage comes back beside
 * the field, only people with a confirmed place see and download them (as attachments), a
 * hand-in shows on the secretary's page; the pages cost a fixed number of statements.
 */
@IntegrationTest
class MaterialsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Cohorts cohorts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	People people;

	@Autowired
	MaterialStore store;

	private long cohort;

	private long programme;

	private UserDetails seated;

	private long seatedId;

	private UserDetails waiting;

	private UserDetails secretary;

	@BeforeEach
	void cohortWithOneSeatAndAWaitlist() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		programme = catalogue.idOfSlug("ontwikkeltraject-directeur-ikc").orElseThrow();
		cohort = cohorts.plan(programme,
				new CohortSettings("Mat " + UUID.randomUUID().toString().substring(0, 8), today.plusDays(30),
						today.plusDays(60), "Utrecht", false, "Europe/Amsterdam", 1, 0, today.minusDays(3),
						today.plusDays(30), SeatRelease.CONFIRM_NEXT, 48));
		seatedId = person("Olga Geplaatst");
		long waitingId = person("Piet Wachtend");
		cohorts.enrol(cohort, seatedId);
		cohorts.enrol(cohort, waitingId);
		seated = users.loadUserByUsername(people.findById(seatedId).orElseThrow().email());
		waiting = users.loadUserByUsername(people.findById(waitingId).orElseThrow().email());
		secretary = users.loadUserByUsername(DemoUsers.SECRETARY);
	}

	@Test
	void theConfirmedDownloadAFileAsAnAttachmentAndNobodyElseFindsIt() throws Exception {
		String path = "/secretary/cohorts/" + cohort + "/materials";
		var added = upload(secretary, path,
				new MockMultipartFile("file", "C:\\Users\\x\\lees\u0000dit.pdf", "text/html",
						"%PDF-1.4 reading".getBytes(StandardCharsets.UTF_8)),
				"title", "Reading for day one", "neededWhen", "before the first session");
		assertThat(added.getRedirectedUrl()).isEqualTo(path);
		long material = store.ofCohort(programme, cohort).get(0).id();

		var download = mvc.perform(get("/my/materials/" + material).with(user(seated))).andReturn().getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("leesdit.pdf");
		assertThat(download.getContentAsString()).isEqualTo("%PDF-1.4 reading");

		assertThat(page("/my", seated).select("#material-" + material + " a").text()).isEqualTo("Reading for day one");
		assertThat(
				mvc.perform(get("/my/materials/" + material).with(user(waiting))).andReturn().getResponse().getStatus())
			.as("the waitlisted")
			.isEqualTo(404);
		assertThat(page("/my", waiting).select("#materials")).isEmpty();
		assertThat(mvc.perform(get("/my/materials/" + material).with(user(secretary)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void garbageComesBackBesideTheFieldAndNothingIsAdded() throws Exception {
		String path = "/secretary/cohorts/" + cohort + "/materials";
		var exe = Jsoup.parse(upload(secretary, path,
				new MockMultipartFile("file", "setup.exe", "application/pdf", new byte[] { 'M', 'Z' }), "title", "Tool",
				"neededWhen", "x".repeat(1_000_000))
			.getContentAsString());
		assertThat(exe.select("#url-error").text()).contains("cannot be uploaded");
		assertThat(exe.select("#neededWhen-error").text()).isEqualTo("This is too long.");
		assertThat(exe.select("#title").val()).isEqualTo("Tool");

		var nothing = Jsoup
			.parse(upload(secretary, path, null, "title", "", "url", "javascript:alert(1)").getContentAsString());
		assertThat(nothing.select("#title-error").text()).isEqualTo("Enter a title.");
		assertThat(nothing.select("#url-error").text()).contains("http:// or https://");
		assertThat(nothing.select("#url").val()).isEqualTo("javascript:alert(1)");
		// a date that cannot be read is told first, keeping what was typed
		var badDate = Jsoup.parse(upload(secretary, path, null, "title", "Template", "url", "https://example.org",
				"handInBy", "31-02-2027")
			.getContentAsString());
		assertThat(badDate.select("#handInBy-error").text()).isEqualTo("Enter a date, e.g. 2027-03-14.");
		assertThat(badDate.select("#handInBy").val()).isEqualTo("31-02-2027");
		assertThat(store.ofCohort(programme, cohort)).isEmpty();

		assertThat(upload(secretary, "/secretary/cohorts/999999/materials", null, "title", "x", "url",
				"https://example.org")
			.getStatus()).isEqualTo(404);
	}

	@Test
	void aParticipantHandsInPreWorkAndTheSecretarySeesWhoDid() throws Exception {
		String path = "/secretary/cohorts/" + cohort + "/materials";
		upload(secretary, path, null, "title", "Mapping template", "url", "https://example.org/template", "handInBy",
				LocalDate.now().plusDays(20).toString());
		long material = store.ofCohort(programme, cohort).get(0).id();
		assertThat(page(path, secretary).select(".material").text()).contains("0 of 1 handed in").contains("Not yet");

		var wrong = upload(seated, "/my/materials/" + material + "/hand-in",
				new MockMultipartFile("file", "virus.exe", "text/plain", new byte[] { 1 }));
		assertThat(wrong.getRedirectedUrl()).isEqualTo("/my#material-" + material);
		var handedIn = upload(seated, "/my/materials/" + material + "/hand-in",
				new MockMultipartFile("file", "my-team.docx", "application/octet-stream", new byte[] { 7, 7 }));
		assertThat(handedIn.getRedirectedUrl()).isEqualTo("/my#material-" + material);
		assertThat(upload(waiting, "/my/materials/" + material + "/hand-in",
				new MockMultipartFile("file", "mine.pdf", "application/pdf", new byte[] { 1 }))
			.getStatus()).isEqualTo(404);

		var secretaryPage = page(path, secretary);
		assertThat(secretaryPage.select(".material").text()).contains("1 of 1 handed in");
		String link = secretaryPage.select(".hand-ins a").attr("href");
		assertThat(link).isEqualTo(path + "/" + material + "/hand-ins/" + seatedId);
		var file = mvc.perform(get(link).with(user(secretary))).andReturn().getResponse();
		assertThat(file.getHeader("Content-Disposition")).startsWith("attachment").contains("my-team.docx");
		assertThat(file.getContentAsByteArray()).containsExactly(7, 7);
		assertThat(mvc.perform(get(path + "/" + material + "/hand-ins/" + seatedId).with(user(seated)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void theMaterialPagesCostAFixedNumberOfStatements() throws Exception {
		String path = "/secretary/cohorts/" + cohort + "/materials";
		upload(secretary, path, null, "title", "One", "url", "https://example.org/1", "handInBy", "2030-01-01");
		int fewSecretary = statementsFor(path, secretary);
		int fewMy = statementsFor("/my", seated);
		for (int i = 2; i <= 6; i++) {
			upload(secretary, path, null, "title", "Item " + i, "url", "https://example.org/" + i, "handInBy",
					"2030-01-01");
		}
		int manySecretary = statementsFor(path, secretary);
		int manyMy = statementsFor("/my", seated);
		assertThat(manySecretary).isEqualTo(fewSecretary);
		assertThat(manyMy).isEqualTo(fewMy);
	}

	private long person(String name) {
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + UUID.randomUUID() + "@example.org";
		return people.ensureAccount(email, name, Locale.ENGLISH, null, Set.of(Role.PARTICIPANT), "School", "Leader")
			.id();
	}

	private int statementsFor(String path, UserDetails who) throws Exception {
		page(path, who);
		QueryCounter.reset();
		int status = mvc.perform(get(path).with(user(who))).andReturn().getResponse().getStatus();
		int count = QueryCounter.count();
		assertThat(status).as(path).isEqualTo(200);
		return count;
	}

	private Document page(String path, UserDetails who) throws Exception {
		var response = mvc.perform(get(path).with(user(who)).locale(Locale.ENGLISH)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private MockHttpServletResponse upload(UserDetails who, String path, MockMultipartFile file, String... fields)
			throws Exception {
		var request = multipart(path).with(user(who)).with(csrf()).locale(Locale.ENGLISH);
		if (file != null) {
			request.file(file);
		}
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

}
