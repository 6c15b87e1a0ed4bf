package org.traject.groups;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.traject.agenda.internal.CalendarFeeds;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.groups.internal.GroupQueries;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.IntegrationTest;
import org.traject.test.QueryCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Groups within a cohort against real PostgreSQL: a secretary forms them from the
 * suggestion (no two colleagues together), moves people, names a facilitator and plans
 * meetings; members see their own group and nobody else's; the facilitator keeps the
 * notes; hostile input comes back beside its field; the pages cost a fixed number of
 * statements; erasure takes a person out.
 */
@IntegrationTest
class GroupsIntegrationTest {

	@Autowired
	People people;

	@Autowired
	Cohorts cohorts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	GroupQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	CalendarFeeds feeds;

	long secretary;

	long coach;

	long cohort;

	List<Long> participants;

	@BeforeEach
	void aCohortOfFourteenFromFiveSchools() {
		secretary = person("Group Secretary", Role.SECRETARY, null);
		coach = person("Group Coach", Role.COACH, null);
		cohort = cohort();
		participants = new ArrayList<>();
		String[] schools = { "OBS De Regenboog", "IKC Het Kompas", "Montessori Oost", "CBS De Ark", "Het Lyceum" };
		for (int i = 0; i < 14; i++) {
			long person = person("Member " + (char) ('A' + i), Role.PARTICIPANT, schools[i % 5]);
			cohorts.enrol(cohort, person);
			participants.add(person);
		}
	}

	@Test
	void aSecretaryFormsTheSuggestedGroupsAndEachMemberSeesTheirOwnGroupOnly() throws Exception {
		String page = body(get("/secretary/cohorts/" + cohort + "/groups/suggestion?size=5"), secretary);
		assertThat(page).contains("3 groups of about 5", "No two people of one organisation share a group.");

		assertThat(status(formSuggested(5), secretary)).isEqualTo(302);

		var groups = queries.ofCohort(cohort).groups();
		assertThat(groups).hasSize(3).extracting(g -> g.members().size()).containsExactlyInAnyOrder(5, 5, 4);
		assertThat(queries.ofCohort(cohort).unassigned()).isEmpty();
		for (var group : groups) {
			assertThat(group.members()).extracting(m -> m.organisation()).doesNotHaveDuplicates();
		}
		var first = groups.get(0);
		long member = first.members().get(0).personId();
		String mine = body(get("/my/groups/" + first.id()), member);
		assertThat(mine).contains(first.name());
		first.members().forEach(m -> assertThat(mine).contains(m.name()));
		groups.get(1).members().forEach(m -> assertThat(mine).doesNotContain(m.name()));
		assertThat(status(get("/my/groups/" + groups.get(1).id()), member)).isEqualTo(404);
		assertThat(body(get("/my/groups"), member)).contains(first.name());

		assertThat(status(formSuggested(5), secretary)).as("a second forming is refused").isEqualTo(302);
		assertThat(queries.ofCohort(cohort).groups()).hasSize(3);
	}

	@Test
	void movingSomeoneKeepsThemInOneGroupAndOnlyConfirmedParticipantsJoin() throws Exception {
		long a = create("Noord");
		long b = create("Zuid");
		long person = participants.get(0);
		assertThat(status(post("/secretary/cohorts/" + cohort + "/groups/move").param("person", "" + person)
			.param("group", "" + a), secretary)).isEqualTo(302);
		assertThat(status(post("/secretary/cohorts/" + cohort + "/groups/move").param("person", "" + person)
			.param("group", "" + b), secretary)).isEqualTo(302);
		assertThat(jdbc.sql("select group_id from cohort_group_member where person_id = :p")
			.param("p", person)
			.query(Long.class)
			.list()).containsExactly(b);

		long outsider = person("Outsider", Role.PARTICIPANT, "Elsewhere");
		var refused = mvc
			.perform(post("/secretary/cohorts/" + cohort + "/groups/move").param("person", "" + outsider)
				.param("group", "" + a)
				.with(csrf())
				.with(user(signedIn(secretary))))
			.andReturn();
		assertThat(refused.getFlashMap().get("flashError")).isEqualTo("groups.refused.notConfirmed");

		long otherCohort = cohort();
		assertThat(status(get("/secretary/cohorts/" + otherCohort + "/groups/" + a), secretary))
			.as("a group seen through another cohort")
			.isEqualTo(404);
		assertThat(status(post("/secretary/cohorts/" + otherCohort + "/groups/" + a + "/delete"), secretary))
			.isEqualTo(404);
		assertThat(body(post("/secretary/cohorts/" + cohort + "/groups").param("name", "Noord"), secretary))
			.contains("This cohort has a group called &quot;Noord&quot; already.", "value=\"Noord\"");
	}

	@Test
	void theFacilitatorKeepsTheNotesThatMembersRead() throws Exception {
		long group = create("Intervisie 1");
		long member = participants.get(3);
		status(post("/secretary/cohorts/" + cohort + "/groups/move").param("person", "" + member)
			.param("group", "" + group), secretary);
		String coachEmail = people.findById(coach).orElseThrow().email();
		assertThat(status(post("/secretary/cohorts/" + cohort + "/groups/" + group + "/facilitator").param("email",
				coachEmail.toUpperCase(Locale.ROOT)), secretary))
			.isEqualTo(302);

		assertThat(body(get("/my/groups/" + group), coach)).contains("name=\"notes\"");
		assertThat(body(get("/my/groups/" + group), member)).doesNotContain("name=\"notes\"");
		assertThat(status(
				post("/my/groups/" + group + "/notes").param("notes", "**Casus** van Anna").param("version", "0"),
				coach))
			.isEqualTo(302);
		assertThat(body(get("/my/groups/" + group), member)).contains("<strong>Casus</strong> van Anna");
		assertThat(status(post("/my/groups/" + group + "/notes").param("notes", "overwritten").param("version", "0"),
				coach))
			.as("notes saved over an old version")
			.isEqualTo(409);
		assertThat(
				status(post("/my/groups/" + group + "/notes").param("notes", "mine now").param("version", "1"), member))
			.as("a member cannot write the notes")
			.isEqualTo(404);

		String participantEmail = people.findById(member).orElseThrow().email();
		assertThat(body(post("/secretary/cohorts/" + cohort + "/groups/" + group + "/facilitator").param("email",
				participantEmail), secretary))
			.contains("id=\"email-error\"", "No coach or member of staff has the address");
	}

	@Test
	void aGroupsMeetingsAreInItsMembersAndFacilitatorsCalendarsOnly() throws Exception {
		long group = create("Kalender");
		long member = participants.get(1);
		long other = participants.get(2);
		status(post("/secretary/cohorts/" + cohort + "/groups/move").param("person", "" + member)
			.param("group", "" + group), secretary);
		status(post("/secretary/cohorts/" + cohort + "/groups/" + group + "/facilitator").param("email",
				people.findById(coach).orElseThrow().email()), secretary);
		assertThat(status(post("/secretary/cohorts/" + cohort + "/groups/" + group + "/meetings")
			.param("date", LocalDate.now().plusDays(40).toString())
			.param("startTime", "09:30")
			.param("endTime", "12:00")
			.param("place", "Odense lokale 7"), secretary)).isEqualTo(302);

		for (long person : List.of(member, coach)) {
			String feed = calendar(person);
			assertThat(feed).contains("SUMMARY:Kalender", "LOCATION:Odense lokale 7", "UID:group-meeting-");
		}
		assertThat(calendar(other)).doesNotContain("Kalender");
	}

	private String calendar(long personId) throws Exception {
		String token = feeds.renew(personId);
		return mvc.perform(get("/calendar/" + token + ".ics")).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aSecretaryTakesSomeoneOutRemovesAMeetingAndDeletesTheGroup() throws Exception {
		long group = create("Opruimen");
		long member = participants.get(4);
		String base = "/secretary/cohorts/" + cohort + "/groups/" + group;
		status(post("/secretary/cohorts/" + cohort + "/groups/move").param("person", "" + member)
			.param("group", "" + group), secretary);
		status(post(base + "/meetings").param("date", LocalDate.now().plusDays(20).toString())
			.param("startTime", "13:00")
			.param("endTime", "15:00")
			.param("place", "Aarhus"), secretary);
		long meeting = queries.ofCohort(cohort).groups().get(0).meetings().get(0).id();

		long otherCohort = cohort();
		assertThat(status(post("/secretary/cohorts/" + otherCohort + "/groups/move").param("person", "" + member)
			.param("group", "" + group), secretary)).as("a group moved into through another cohort").isEqualTo(404);
		assertThat(status(post(base + "/meetings/" + (meeting + 100000) + "/remove"), secretary)).isEqualTo(404);

		assertThat(status(post(base + "/members/" + member + "/remove"), secretary)).isEqualTo(302);
		assertThat(queries.ofCohort(cohort).unassigned()).extracting(p -> p.personId()).contains(member);
		assertThat(status(post(base + "/meetings/" + meeting + "/remove"), secretary)).isEqualTo(302);
		assertThat(queries.ofCohort(cohort).groups().get(0).meetings()).isEmpty();
		assertThat(status(post(base + "/delete"), secretary)).isEqualTo(302);
		assertThat(queries.ofCohort(cohort).groups()).isEmpty();
		assertThat(status(get(base), secretary)).isEqualTo(404);
	}

	@Test
	void hostileMeetingInputComesBackBesideItsFieldsWithWhatWasTyped() throws Exception {
		long group = create("Cluster 1");
		String base = "/secretary/cohorts/" + cohort + "/groups/" + group + "/meetings";
		String badDate = body(post(base).param("date", "2027-02-30")
			.param("startTime", "09:30")
			.param("endTime", "12:00")
			.param("place", "Zaal\u0000 3"), secretary);
		assertThat(badDate).contains("id=\"date-error\"", "Enter a date", "value=\"2027-02-30\"");

		String backwards = body(post(base).param("date", "2027-03-10")
			.param("startTime", "12:00")
			.param("endTime", "09:00")
			.param("place", "Utrecht"), secretary);
		assertThat(backwards).contains("id=\"endTime-error\"", "The meeting must end after it starts.");

		String huge = body(post(base).param("date", "2027-03-10")
			.param("startTime", "09:00")
			.param("endTime", "12:00")
			.param("place", "x".repeat(1_000_000)), secretary);
		assertThat(huge).contains("id=\"place-error\"", "Use at most 300 characters.");
		assertThat(body(post(base).param("date", "2027-03-10").param("startTime", "09:00").param("endTime", "noon"),
				secretary))
			.contains("id=\"endTime-error\"", "value=\"noon\"");
		assertThat(jdbc.sql("select count(*) from cohort_group_meeting where group_id = :g")
			.param("g", group)
			.query(Integer.class)
			.single()).isZero();

		assertThat(status(post(base).param("date", "2027-03-10")
			.param("startTime", "09:30")
			.param("endTime", "12:00")
			.param("place", "https://meet.example.org/cluster-1"), secretary)).isEqualTo(302);
		assertThat(body(get("/secretary/cohorts/" + cohort + "/groups/" + group), secretary))
			.contains("https://meet.example.org/cluster-1");
		long fresh = cohort();
		assertThat(body(get("/secretary/cohorts/" + fresh + "/groups/suggestion?size=abc"), secretary))
			.contains("id=\"size-error\"", "Enter a whole number.");
		assertThat(body(get("/secretary/cohorts/" + fresh + "/groups/suggestion?size=99"), secretary))
			.contains("id=\"size-error\"", "Choose a group size from 3 to 12.");
	}

	@Test
	void theGroupPagesCostAFixedNumberOfStatements() throws Exception {
		status(formSuggested(3), secretary);
		int fourGroups = statements("/secretary/cohorts/" + cohort + "/groups", secretary);
		long group = queries.ofCohort(cohort).groups().get(0).id();
		long member = queries.ofCohort(cohort).groups().get(0).members().get(0).personId();
		int memberPage = statements("/my/groups/" + group, member);
		int list = statements("/my/groups", member);
		assertThat(fourGroups).as("secretary's groups page").isLessThanOrEqualTo(12);
		assertThat(memberPage).as("member's group page").isLessThanOrEqualTo(10);
		assertThat(list).as("member's groups").isLessThanOrEqualTo(10);
	}

	private MockHttpServletRequestBuilder formSuggested(int size) {
		var suggestion = queries.suggest(cohort, size);
		var request = post("/secretary/cohorts/" + cohort + "/groups/form");
		for (int i = 0; i < suggestion.groups().size(); i++) {
			for (var m : suggestion.groups().get(i)) {
				request.param("member", m.personId() + ":" + (i + 1));
			}
		}
		return request;
	}

	private long create(String name) throws Exception {
		assertThat(status(post("/secretary/cohorts/" + cohort + "/groups").param("name", name), secretary))
			.isEqualTo(302);
		return queries.ofCohort(cohort)
			.groups()
			.stream()
			.filter(g -> g.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private long cohort() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		return cohorts.plan(catalogue.idOfSlug("ledertalentudvikling").orElseThrow(),
				new CohortSettings("Groups " + UUID.randomUUID().toString().substring(0, 8), today.plusDays(30),
						today.plusDays(200), "Odense", false, "Europe/Copenhagen", 30, 2, today.minusDays(5),
						today.plusDays(20), SeatRelease.CONFIRM_NEXT, 48));
	}

	private long person(String name, Role role, String organisation) {
		String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "-" + UUID.randomUUID()
				+ "@example.org";
		return people.ensureAccount(email, name, Locale.ENGLISH, null, Set.of(role), organisation, "Leader").id();
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

	private String body(MockHttpServletRequestBuilder request, long personId) throws Exception {
		var response = mvc.perform(request.with(csrf()).with(user(signedIn(personId)))).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return response.getContentAsString();
	}

	private int status(MockHttpServletRequestBuilder request, long personId) throws Exception {
		return mvc.perform(request.with(csrf()).with(user(signedIn(personId)))).andReturn().getResponse().getStatus();
	}

}
