package org.traject.groups;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.catalogue.CareerPhase;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.ProgrammeDetails;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.Sector;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.delivery.internal.AttendanceBasis;
import org.traject.delivery.internal.CompletionRule;
import org.traject.delivery.internal.Completions;
import org.traject.delivery.internal.ResultOutcome;
import org.traject.groups.internal.GroupQueries;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalDataContributor;
import org.traject.test.IntegrationTest;
import org.traject.test.QueryCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Attendance at group meetings and project groups against real PostgreSQL: the
 * facilitator taps members present on their group page and the attended meetings count
 * for the programme's network-group-meeting modules exactly as the completion rule counts
 * (excused too, when the rule says so); corrections and removed meetings take credit
 * back; nobody outside the group reaches a sheet; an erased member leaves no attendance.
 * A project group writes its question, delivers a product, and the expert publishes it to
 * a public library that names no member.
 */
@IntegrationTest
class GroupAttendanceAndProjectsTest {

	@Autowired
	People people;

	@Autowired
	Cohorts cohorts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	Completions completions;

	@Autowired
	GroupQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	List<PersonalDataContributor> contributors;

	long secretary;

	long coach;

	final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void staff() {
		secretary = person("Attendance Secretary", Role.SECRETARY, null);
		coach = person("Attendance Coach", Role.COACH, null);
	}

	@Test
	void attendedMeetingsCountForTheNetworkModulesExactlyAsTheRuleCounts() throws Exception {
		long programme = programmes
			.create(new ProgrammeDetails("groups-credit-" + run, "Netwerktraject " + run, "Summary", "nl",
					ProgrammeFormat.INTERVISION_TRACK, Set.of(CareerPhase.INDUCTION), Set.of(Sector.PRIMARY), "Who",
					"Why", "What", "Goals", "Before", 0, "EUR", null, null, null, false, null));
		for (int i = 1; i <= 3; i++) {
			programmes.addModule(programme, ModuleType.NETWORK_GROUP_MEETING, "Netwerkbijeenkomst " + i, BigDecimal.ONE,
					"");
		}
		var networkModules = catalogue.find(programme).orElseThrow().modules().stream().map(m -> m.id()).toList();
		// every network meeting required; an excused absence counts
		completions.saveRule(programme, -1,
				new CompletionRule(AttendanceBasis.SESSIONS, 80, true, Set.copyOf(networkModules)), secretary);
		long cohort = cohort(programme);
		long anna = participant(cohort, "Anna Aalders", "OBS De Regenboog");
		long bram = participant(cohort, "Bram Bos", "IKC Het Kompas");
		participant(cohort, "Carla Claes", "CBS De Ark");
		long group = group(cohort, "Cluster Noord", anna, bram);
		facilitate(cohort, group, coach);
		long m1 = meeting(cohort, group, -20);
		long m2 = meeting(cohort, group, -13);
		long m3 = meeting(cohort, group, -6);
		long future = meeting(cohort, group, 10);

		// the facilitator on a phone, with htmx: the row comes back pressed, the counts
		// out
		// of band
		String row = body(tap("/my/groups/" + group, m1, anna, "PRESENT").header("HX-Request", "true"), coach);
		var html = Jsoup.parseBodyFragment(row);
		assertThat(html.select("li#member-" + anna + " button[aria-pressed=true]").text()).contains("Present");
		assertThat(html.select("#attendance-counts").attr("data-hx-swap-oob")).isEqualTo("true");
		assertThat(html.select("#attendance-counts").text())
			.isEqualTo("1 present · 0 absent · 0 excused · 1 not registered yet");
		// without JavaScript: back to the row
		var plain = perform(tap("/my/groups/" + group, m2, anna, "PRESENT"), coach);
		assertThat(plain.getResponse().getRedirectedUrl())
			.isEqualTo("/my/groups/" + group + "/meetings/" + m2 + "/attendance#member-" + anna);
		status(tap("/my/groups/" + group, m3, anna, "PRESENT"), coach);
		status(tap("/my/groups/" + group, m1, bram, "PRESENT"), coach);
		// a secretary registers too, from the cohort's group page
		String secretaryBase = "/secretary/cohorts/" + cohort + "/groups/" + group;
		assertThat(status(tap(secretaryBase, m2, bram, "ABSENT"), secretary)).isEqualTo(302);
		assertThat(status(tap(secretaryBase, m3, bram, "EXCUSED").param("reason", "Ziek"), secretary)).isEqualTo(302);

		assertThat(networkDone(cohort, anna, networkModules)).isEqualTo(3);
		assertThat(networkDone(cohort, bram, networkModules)).as("present once, excused once").isEqualTo(2);
		assertThat(met(cohort, anna)).isTrue();
		assertThat(met(cohort, bram)).isFalse();

		// a correction counts again, both ways
		status(tap("/my/groups/" + group, m2, bram, "PRESENT"), coach);
		assertThat(networkDone(cohort, bram, networkModules)).isEqualTo(3);
		assertThat(met(cohort, bram)).isTrue();
		status(tap("/my/groups/" + group, m3, anna, "ABSENT"), coach);
		assertThat(networkDone(cohort, anna, networkModules)).isEqualTo(2);
		assertThat(met(cohort, anna)).isFalse();

		// a meeting that has not begun takes no attendance
		var early = perform(tap("/my/groups/" + group, future, anna, "PRESENT"), coach);
		assertThat(early.getFlashMap().get("flashError")).isEqualTo("groups.attendance.notYet");
		assertThat(registered(future)).isZero();

		// the member sees their own attendance
		assertThat(body(get("/my/groups"), anna)).contains("Present at 2 of 3 meetings held");
		assertThat(body(get("/my/groups/" + group), bram)).contains("excused").doesNotContain("Register attendance");

		// a removed meeting no longer counts
		assertThat(status(post(secretaryBase + "/meetings/" + m1 + "/remove"), secretary)).isEqualTo(302);
		assertThat(networkDone(cohort, anna, networkModules)).isEqualTo(1);
		assertThat(networkDone(cohort, bram, networkModules)).isEqualTo(2);

		// erasure takes the member's attendance away, and the export has it first
		var subject = subject(bram);
		var groupsPart = contributors.stream().filter(c -> c.part().equals("groups")).findFirst().orElseThrow();
		assertThat(groupsPart.export(subject).data().get("meetingAttendance").toString()).contains("PRESENT",
				"EXCUSED");
		groupsPart.erase(subject);
		assertThat(jdbc.sql("select count(*) from cohort_group_attendance where person_id = :p")
			.param("p", bram)
			.query(Integer.class)
			.single()).isZero();
		assertThat(body(get(secretaryBase + "/meetings/" + m2 + "/attendance"), secretary)).doesNotContain("Bram Bos");
	}

	@Test
	void nobodyOutsideTheGroupReachesItsSheet() throws Exception {
		long programme = catalogue.idOfSlug("ledertalentudvikling").orElseThrow();
		long cohort = cohort(programme);
		long anna = participant(cohort, "Anna Aalders", "Skovskolen");
		long group = group(cohort, "Klynge 1", anna);
		facilitate(cohort, group, coach);
		long meeting = meeting(cohort, group, -3);
		long otherCohort = cohort(programme);
		long stranger = participant(otherCohort, "Svend Stranger", "Havneskolen");
		long otherGroup = group(otherCohort, "Klynge 2", stranger);
		long otherCoach = person("Other Coach", Role.COACH, null);
		facilitate(otherCohort, otherGroup, otherCoach);

		String sheet = "/my/groups/" + group + "/meetings/" + meeting + "/attendance";
		assertThat(status(get(sheet), coach)).isEqualTo(200);
		assertThat(status(get(sheet), anna)).as("a member is no facilitator").isEqualTo(404);
		assertThat(status(get(sheet), otherCoach)).as("another group's facilitator").isEqualTo(404);
		assertThat(status(tap("/my/groups/" + group, meeting, stranger, "PRESENT"), coach))
			.as("a member of another cohort's group")
			.isEqualTo(404);
		assertThat(status(tap("/my/groups/" + otherGroup, meeting, stranger, "PRESENT"), otherCoach))
			.as("a meeting of another group")
			.isEqualTo(404);
		assertThat(status(
				get("/secretary/cohorts/" + otherCohort + "/groups/" + group + "/meetings/" + meeting + "/attendance"),
				secretary))
			.as("a group seen through another cohort")
			.isEqualTo(404);
		assertThat(status(tap("/secretary/cohorts/" + otherCohort + "/groups/" + group, meeting, anna, "PRESENT"),
				secretary))
			.as("a mark through another cohort")
			.isEqualTo(404);
		assertThat(status(tap("/secretary/cohorts/" + cohort + "/groups/" + group, meeting, stranger, "PRESENT"),
				secretary))
			.as("a mark for someone outside the group")
			.isEqualTo(404);
		assertThat(status(tap("/secretary/cohorts/" + cohort + "/groups/" + group, meeting, anna, "MAYBE"), secretary))
			.as("a status that does not exist")
			.isEqualTo(400);
		assertThat(registered(meeting)).isZero();

		int facilitatorSheet = statements(sheet, coach);
		int secretarySheet = statements(
				"/secretary/cohorts/" + cohort + "/groups/" + group + "/meetings/" + meeting + "/attendance",
				secretary);
		assertThat(facilitatorSheet).as("the facilitator's sheet").isLessThanOrEqualTo(12);
		assertThat(secretarySheet).as("the secretary's sheet").isLessThanOrEqualTo(12);
	}

	@Test
	void aProjectGroupDeliversAProductThatTheExpertPublishesWithoutNames() throws Exception {
		String slug = "routekaart-betrokkenheid-schoolleiding";
		long programme = catalogue.idOfSlug(slug).orElseThrow();
		long cohort = cohort(programme);
		long anna = participant(cohort, "Anna Aalders", "Opleidingsschool IJssel-Veluwe");
		long bram = participant(cohort, "Bram Bos", "Opleidingsnetwerk Samen Opleiden");
		long group = group(cohort, "Projectgroep " + run, anna, bram);
		String base = "/secretary/cohorts/" + cohort + "/groups/" + group;

		assertThat(body(post(base + "/project").param("project", "true").param("expertEmail", email(anna)), secretary))
			.contains("id=\"expertEmail-error\"", "No coach or member of staff has the address");
		assertThat(
				status(post(base + "/project").param("project", "true").param("expertEmail", email(coach)), secretary))
			.isEqualTo(302);

		String my = "/my/groups/" + group;
		assertThat(body(post(my + "/question").param("question", " "), anna)).contains("id=\"question-error\"",
				"Enter the group&#39;s question.");
		assertThat(body(post(my + "/question").param("question", "x".repeat(3000)), anna))
			.contains("Use at most 2,000 characters.");
		var pdf = new MockMultipartFile("file", "routekaart.pdf", "application/pdf",
				"%PDF-1.4 routekaart".getBytes(StandardCharsets.UTF_8));
		assertThat(body(multipart(my + "/product").file(pdf).param("description", "Een routekaart"), anna))
			.contains("Write the group&#39;s question before delivering the product.");
		String question = "Hoe krijgen wij de schoolleiding betrokken bij Samen Opleiden? " + run;
		assertThat(status(post(my + "/question").param("question", question), anna)).isEqualTo(302);

		var exe = new MockMultipartFile("file", "tool.exe", "application/octet-stream", new byte[] { 1, 2 });
		assertThat(body(multipart(my + "/product").file(exe).param("description", "Gesprekskaarten <b>"), bram))
			.contains("id=\"file-error\"", "This kind of file is not accepted", "Gesprekskaarten &lt;b&gt;");
		assertThat(body(multipart(my + "/product").param("description", "Zonder bestand"), bram))
			.contains("Choose the file of the product.");
		assertThat(status(multipart(my + "/product").file(pdf).param("description", "Routekaart met gesprekskaarten"),
				bram))
			.isEqualTo(302);

		String library = "/programmes/" + slug + "/products";
		assertThat(anonymous(library)).doesNotContain(question);
		assertThat(status(post(my + "/product/publish"), anna)).as("a member is not the expert").isEqualTo(404);
		assertThat(status(post(my + "/product/publish"), coach)).isEqualTo(302);

		String page = anonymous(library);
		assertThat(page).contains(question, "Routekaart met gesprekskaarten", "Opleidingsschool IJssel-Veluwe",
				"Opleidingsnetwerk Samen Opleiden", "Download routekaart.pdf");
		assertThat(page).doesNotContain("Anna Aalders", "Bram Bos", "Attendance Coach");
		var file = mvc.perform(get(library + "/" + group + "/file")).andReturn().getResponse();
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentAsString()).isEqualTo("%PDF-1.4 routekaart");
		assertThat(file.getHeader("Content-Disposition")).startsWith("attachment");

		assertThat(body(multipart(my + "/product").file(pdf).param("description", "Versie 2"), anna))
			.contains("take it off the product library before delivering a new version");
		assertThat(status(get("/secretary/cohorts/" + cohort(programme) + "/groups/" + group + "/product/file"),
				secretary))
			.as("another cohort's group")
			.isEqualTo(404);
		assertThat(status(post(base + "/product/unpublish"), secretary)).isEqualTo(302);
		assertThat(anonymous(library)).doesNotContain(question);
		assertThat(mvc.perform(get(library + "/" + group + "/file")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(status(post(base + "/product/publish"), secretary)).isEqualTo(302);

		QueryCounter.reset();
		assertThat(mvc.perform(get(library)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(QueryCounter.count()).as("the product library").isLessThanOrEqualTo(6);
		assertThat(statements(my, anna)).as("a project group's page").isLessThanOrEqualTo(12);
		assertThat(statements(base, secretary)).as("the secretary's project group page").isLessThanOrEqualTo(14);

		// erasing the member who delivered keeps the product, without them
		contributors.stream().filter(c -> c.part().equals("groups")).findFirst().orElseThrow().erase(subject(bram));
		assertThat(anonymous(library)).contains(question);
		assertThat(jdbc.sql("select count(*) from cohort_group_product where delivered_by_person_id = :p")
			.param("p", bram)
			.query(Integer.class)
			.single()).isZero();
	}

	private int networkDone(long cohort, long personId, List<Long> networkModules) {
		var line = completions.board(cohort)
			.lines()
			.stream()
			.filter(l -> l.participant().personId() == personId)
			.findFirst()
			.orElseThrow();
		return (int) networkModules.stream().filter(m -> line.results().get(m) == ResultOutcome.DONE).count();
	}

	private boolean met(long cohort, long personId) {
		return completions.board(cohort)
			.lines()
			.stream()
			.filter(l -> l.participant().personId() == personId)
			.findFirst()
			.orElseThrow()
			.check()
			.met();
	}

	private int registered(long meeting) {
		return jdbc.sql("select count(*) from cohort_group_attendance where meeting_id = :m")
			.param("m", meeting)
			.query(Integer.class)
			.single();
	}

	private MockHttpServletRequestBuilder tap(String base, long meeting, long person, String status) {
		return post(base + "/meetings/" + meeting + "/attendance/" + person).param("status", status);
	}

	private long group(long cohort, String name, long... members) throws Exception {
		assertThat(status(post("/secretary/cohorts/" + cohort + "/groups").param("name", name), secretary))
			.isEqualTo(302);
		long id = queries.ofCohort(cohort)
			.groups()
			.stream()
			.filter(g -> g.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
		for (long member : members) {
			assertThat(status(post("/secretary/cohorts/" + cohort + "/groups/move").param("person", "" + member)
				.param("group", "" + id), secretary)).isEqualTo(302);
		}
		return id;
	}

	private void facilitate(long cohort, long group, long personId) throws Exception {
		assertThat(status(post("/secretary/cohorts/" + cohort + "/groups/" + group + "/facilitator").param("email",
				email(personId)), secretary))
			.isEqualTo(302);
	}

	private long meeting(long cohort, long group, int daysFromToday) throws Exception {
		String date = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(daysFromToday).toString();
		assertThat(status(post("/secretary/cohorts/" + cohort + "/groups/" + group + "/meetings").param("date", date)
			.param("startTime", "00:05")
			.param("endTime", "02:00")
			.param("place", "Utrecht"), secretary)).isEqualTo(302);
		return queries.ofCohort(cohort)
			.groups()
			.stream()
			.filter(g -> g.id() == group)
			.findFirst()
			.orElseThrow()
			.meetings()
			.stream()
			.filter(m -> m.startsAt().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate().toString().equals(date))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private long cohort(long programme) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		return cohorts.plan(programme,
				new CohortSettings("Att " + UUID.randomUUID().toString().substring(0, 8), today.plusDays(30),
						today.plusDays(200), "Utrecht", false, "Europe/Amsterdam", 30, 2, today.minusDays(5),
						today.plusDays(20), SeatRelease.CONFIRM_NEXT, 48));
	}

	private long participant(long cohort, String name, String organisation) {
		long person = person(name, Role.PARTICIPANT, organisation);
		cohorts.enrol(cohort, person);
		return person;
	}

	private long person(String name, Role role, String organisation) {
		String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "-" + UUID.randomUUID()
				+ "@example.org";
		return people.ensureAccount(email, name, Locale.ENGLISH, null, Set.of(role), organisation, "Leader").id();
	}

	private String email(long personId) {
		return people.findById(personId).orElseThrow().email();
	}

	private DataSubject subject(long personId) {
		var p = people.findById(personId).orElseThrow();
		return new DataSubject(p.id(), p.email(), p.displayName(), Locale.ENGLISH);
	}

	private CurrentUser signedIn(long personId) {
		var p = people.findById(personId).orElseThrow();
		return new CurrentUser(p.id(), p.email(), p.displayName(), p.preferredLanguage(), p.roles(), "", true);
	}

	private int statements(String path, long personId) throws Exception {
		QueryCounter.reset();
		var response = mvc.perform(get(path).with(user(signedIn(personId)))).andReturn().getResponse();
		int count = QueryCounter.count();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return count;
	}

	private String anonymous(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request, long personId) throws Exception {
		return mvc.perform(request.with(csrf()).with(user(signedIn(personId)))).andReturn();
	}

	private String body(AbstractMockHttpServletRequestBuilder<?> request, long personId) throws Exception {
		var response = perform(request, personId).getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return response.getContentAsString();
	}

	private int status(AbstractMockHttpServletRequestBuilder<?> request, long personId) throws Exception {
		return perform(request, personId).getResponse().getStatus();
	}

}
