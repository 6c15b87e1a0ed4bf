package org.traject.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.traject.coaching.internal.Appointments;
import org.traject.coaching.internal.Availability;
import org.traject.development.GoalDetails;
import org.traject.development.internal.Plans;
import org.traject.people.Actor;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.privacy.DataSubject;
import org.traject.privacy.PersonalDataContributor;
import org.traject.test.IntegrationTest;
import org.traject.web.Formats;
import org.traject.web.ProviderTimeZone;

/**
 * A held appointment linked to goals of the participant's plan: the coach picks among the
 * goals of a plan shared with them, the participant reads on their plan that the goal was
 * discussed in coaching on that date with that coach; an unshared plan offers none and
 * says why; another coach, another participant, and ids of other plans or appointments
 * find nothing (404); a link can be removed, and goes when the appointment turns out a
 * no-show; export and erasure cover the links.
 */
@IntegrationTest
class AppointmentGoalsTest {

	@Autowired
	People people;

	@Autowired
	Availability availability;

	@Autowired
	Appointments appointments;

	@Autowired
	Plans plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProviderTimeZone providerZone;

	@Autowired
	List<PersonalDataContributor> contributors;

	CoachingFixtures fixtures;

	long free;

	@BeforeEach
	void fixtures() {
		fixtures = CoachingFixtures.of(context);
		free = fixtures.programme(CoachingFixtures.FREE_PROGRAMME);
	}

	@Test
	void theCoachLinksAHeldAppointmentToSharedGoalsAndTheParticipantReadsItOnTheirPlan() throws Exception {
		long coach = fixtures.coach("Goal Coach Anna Visser", free);
		long participant = fixtures.person("Goal Participant", Role.PARTICIPANT);
		long lead = plans.addGoal(participant, new GoalDetails("Lead the team day", null, null, null), List.of());
		long listen = plans.addGoal(participant, new GoalDetails("Listen before deciding", null, null, null),
				List.of());
		plans.shareWithCoach(participant, coach);
		long id = held(coach, participant);
		String page = "/coach/appointments/" + id + "/goals";

		assertThat(body(MockMvcRequestBuilders.get(page), coach)).contains("Lead the team day")
			.contains("Listen before deciding")
			.contains("name=\"goalIds\" value=\"" + lead + "\"");
		var linked = mvc
			.perform(MockMvcRequestBuilders.post(page)
				.param("goalIds", Long.toString(lead))
				.with(csrf())
				.with(user(fixtures.user(coach))))
			.andReturn()
			.getResponse();
		assertThat(linked.getStatus()).isEqualTo(302);
		assertThat(linked.getRedirectedUrl()).isEqualTo(page);

		String held = Formats.longDate(startOf(id).atZone(ZoneId.of(providerZone.id())).toLocalDate(), Locale.ENGLISH);
		String plan = body(MockMvcRequestBuilders.get("/my/plan"), participant);
		assertThat(plan).contains("Discussed in coaching on " + held + " with Goal Coach Anna Visser");
		assertThat(plan.indexOf("Discussed in coaching")).as("beside the goal linked, not the other")
			.isGreaterThan(plan.indexOf("Lead the team day"))
			.isLessThan(plan.indexOf("Listen before deciding"));
		assertThat(body(MockMvcRequestBuilders.get(page), coach)).contains("/goals/" + lead + "/remove")
			.doesNotContain("name=\"goalIds\" value=\"" + lead + "\"");

		assertThat(status(MockMvcRequestBuilders.post(page + "/" + lead + "/remove").with(csrf()), coach))
			.isEqualTo(302);
		assertThat(body(MockMvcRequestBuilders.get("/my/plan"), participant)).doesNotContain("Discussed in coaching");
		assertThat(status(MockMvcRequestBuilders.post(page + "/" + lead + "/remove").with(csrf()), coach))
			.as("a link removed twice")
			.isEqualTo(404);
		assertThat(listen).isPositive();
	}

	@Test
	void anUnsharedPlanOffersNoGoalsAndSaysWhy() throws Exception {
		long coach = fixtures.coach("Unshared Coach", free);
		long participant = fixtures.person("Unshared Participant", Role.PARTICIPANT);
		long goal = plans.addGoal(participant, new GoalDetails("A private goal", null, null, null), List.of());
		long id = held(coach, participant);
		String page = "/coach/appointments/" + id + "/goals";

		assertThat(body(MockMvcRequestBuilders.get(page), coach))
			.contains("Unshared Participant does not share their development plan with you")
			.doesNotContain("A private goal")
			.doesNotContain("name=\"goalIds\"");
		assertThat(status(MockMvcRequestBuilders.post(page).param("goalIds", Long.toString(goal)).with(csrf()), coach))
			.isEqualTo(404);
		assertThat(links(goal)).isZero();
	}

	@Test
	void nobodyButTheAppointmentsCoachLinksAndHostileIdsFindNothing() throws Exception {
		long coach = fixtures.coach("Owner Goal Coach", free);
		long otherCoach = fixtures.coach("Other Goal Coach", free);
		long participant = fixtures.person("Hostile Goal Participant", Role.PARTICIPANT);
		long stranger = fixtures.person("Hostile Goal Stranger", Role.PARTICIPANT);
		long goal = plans.addGoal(participant, new GoalDetails("Own goal", null, null, null), List.of());
		long strangersGoal = plans.addGoal(stranger, new GoalDetails("Stranger's goal", null, null, null), List.of());
		plans.shareWithCoach(participant, coach);
		// the other coach may read the participant's plan, but the appointment is not
		// theirs
		plans.shareWithCoach(participant, otherCoach);
		plans.shareWithCoach(stranger, coach);
		long id = held(coach, participant);
		String page = "/coach/appointments/" + id + "/goals";

		assertThat(status(MockMvcRequestBuilders.get(page), otherCoach)).isEqualTo(404);
		assertThat(status(MockMvcRequestBuilders.post(page).param("goalIds", Long.toString(goal)).with(csrf()),
				otherCoach))
			.isEqualTo(404);
		assertThat(status(MockMvcRequestBuilders.get(page), participant)).isEqualTo(403);
		assertThat(status(MockMvcRequestBuilders.post(page).param("goalIds", Long.toString(goal)).with(csrf()),
				participant))
			.isEqualTo(403);
		assertThat(status(MockMvcRequestBuilders.post(page)
			.param("goalIds", Long.toString(goal), Long.toString(strangersGoal))
			.with(csrf()), coach)).as("a goal of another plan, even one shared with the same coach").isEqualTo(404);
		assertThat(status(MockMvcRequestBuilders.post(page).param("goalIds", "999999999").with(csrf()), coach))
			.isEqualTo(404);
		assertThat(status(MockMvcRequestBuilders.get("/coach/appointments/999999999/goals"), coach)).isEqualTo(404);
		assertThat(links(goal) + links(strangersGoal)).isZero();

		assertThat(status(MockMvcRequestBuilders.post(page).param("goalIds", Long.toString(goal)).with(csrf()), coach))
			.isEqualTo(302);
		assertThat(status(MockMvcRequestBuilders.post(page + "/" + goal + "/remove").with(csrf()), otherCoach))
			.isEqualTo(404);
		assertThat(links(goal)).isEqualTo(1);
		assertThat(
				body(MockMvcRequestBuilders.get("/coach/plans/" + plans.planOf(participant).orElseThrow()), otherCoach))
			.as("the other coach reading the plan does not see this coach's appointment")
			.doesNotContain("Discussed in coaching");
	}

	@Test
	void goalsAreLinkedOnlyOnceHeldAndTheLinksGoWhenItWasANoShowAfterAll() throws Exception {
		long coach = fixtures.coach("No-show Goal Coach", free);
		long participant = fixtures.person("No-show Goal Participant", Role.PARTICIPANT);
		long goal = plans.addGoal(participant, new GoalDetails("Delegate", null, null, null), List.of());
		plans.shareWithCoach(participant, coach);
		Instant slot = fixtures.singleSlots(coach, 1).get(0);
		long id = appointments.book(Actor.participant(participant, null), participant, free, coach, slot);
		String page = "/coach/appointments/" + id + "/goals";

		assertThat(body(MockMvcRequestBuilders.get(page), coach))
			.contains("Goals can be linked once you have marked the appointment as held")
			.doesNotContain("name=\"goalIds\"");
		var refused = mvc
			.perform(MockMvcRequestBuilders.post(page)
				.param("goalIds", Long.toString(goal))
				.with(csrf())
				.with(user(fixtures.user(coach))))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(page);
		assertThat(links(goal)).isZero();

		pastAndHeld(coach, id);
		var nothingChosen = mvc.perform(MockMvcRequestBuilders.post(page).with(csrf()).with(user(fixtures.user(coach))))
			.andReturn();
		assertThat(nothingChosen.getResponse().getRedirectedUrl()).isEqualTo(page);
		assertThat(nothingChosen.getFlashMap().toString()).contains("coaching.goals.chooseOne");

		assertThat(status(MockMvcRequestBuilders.post(page).param("goalIds", Long.toString(goal)).with(csrf()), coach))
			.isEqualTo(302);
		assertThat(links(goal)).isEqualTo(1);
		appointments.recordOutcome(coach, id, AppointmentStatus.NO_SHOW);
		assertThat(links(goal)).as("not discussed in an appointment that did not take place").isZero();
	}

	@Test
	void theLinksAreInTheParticipantsExportAndGoWithTheirErasureAndTheCoachsName() throws Exception {
		long coach = fixtures.coach("Privacy Goal Coach", free);
		long participant = fixtures.person("Privacy Goal Participant", Role.PARTICIPANT);
		long goal = plans.addGoal(participant, new GoalDetails("Plan the year", null, null, null), List.of());
		plans.shareWithCoach(participant, coach);
		long id = held(coach, participant);
		assertThat(status(MockMvcRequestBuilders.post("/coach/appointments/" + id + "/goals")
			.param("goalIds", Long.toString(goal))
			.with(csrf()), coach)).isEqualTo(302);
		var development = contributors.stream().filter(c -> c.part().equals("development")).findFirst().orElseThrow();

		assertThat(development.export(subject(participant)).data().toString()).contains("discussed_in_coaching")
			.contains("Privacy Goal Coach");
		assertThat(development.export(subject(coach)).data().toString()).contains("goals_you_linked_to_coaching");

		development.erase(subject(coach));
		assertThat(
				jdbc.sql("select count(*) from plan_goal_discussion where goal_id = :goal and coach_person_id is null")
					.param("goal", goal)
					.query(Integer.class)
					.single())
			.as("the participant keeps the line, without the coach")
			.isEqualTo(1);
		development.erase(subject(participant));
		assertThat(links(goal)).isZero();
	}

	private DataSubject subject(long personId) {
		var person = people.findById(personId).orElseThrow();
		return new DataSubject(person.id(), person.email(), person.displayName(), Locale.ENGLISH);
	}

	/** An appointment of the participant with the coach, started an hour ago and held. */
	private long held(long coach, long participant) {
		Instant slot = fixtures.singleSlots(coach, 1).get(0);
		long id = appointments.book(Actor.participant(participant, null), participant, free, coach, slot);
		pastAndHeld(coach, id);
		return id;
	}

	private void pastAndHeld(long coach, long id) {
		jdbc.sql("update coaching_appointment set starts_at = now() - interval '2 hours', "
				+ "ends_at = now() - interval '1 hour' where id = :id")
			.param("id", id)
			.update();
		appointments.recordOutcome(coach, id, AppointmentStatus.HELD);
	}

	private Instant startOf(long id) {
		return jdbc.sql("select starts_at from coaching_appointment where id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
			.single();
	}

	private int links(long goal) {
		return jdbc.sql("select count(*) from plan_goal_discussion where goal_id = :goal")
			.param("goal", goal)
			.query(Integer.class)
			.single();
	}

	private String body(MockHttpServletRequestBuilder request, long personId) throws Exception {
		var response = mvc.perform(request.with(user(fixtures.user(personId)))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private int status(MockHttpServletRequestBuilder request, long personId) throws Exception {
		return mvc.perform(request.with(user(fixtures.user(personId)))).andReturn().getResponse().getStatus();
	}

}
