package org.traject.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.traject.coaching.internal.Appointments;
import org.traject.coaching.internal.Availability;
import org.traject.coaching.internal.CoachingRefusal;
import org.traject.coaching.internal.Entitlements;
import org.traject.people.Actor;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.IntegrationTest;
import org.traject.test.QueryCounter;

/**
 * Booking coaching appointments against real PostgreSQL: the database keeps every slot
 * for one person however many book at once; entitlements are counted per programme; the
 * change deadline holds; another participant's appointment does not exist; both sides get
 * an email with a calendar file; the main pages cost a fixed number of statements.
 */
@IntegrationTest
class CoachingIntegrationTest {

	@Autowired
	People people;

	@Autowired
	Availability availability;

	@Autowired
	Appointments appointments;

	@Autowired
	Entitlements entitlements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	CoachingFixtures fixtures;

	long free;

	@BeforeEach
	void fixtures() {
		fixtures = CoachingFixtures.of(context);
		free = fixtures.programme(CoachingFixtures.FREE_PROGRAMME);
	}

	@Test
	void aHundredParticipantsForFiveSlotsAtOnceGetFiveAppointmentsAndNoSlotTwice() throws Exception {
		long coach = fixtures.coach("Rush Coach", free);
		List<Instant> slots = fixtures.singleSlots(coach, 5);
		List<Long> participants = IntStream.range(0, 100)
			.mapToObj(i -> fixtures.person("Rush Participant " + i, Role.PARTICIPANT))
			.toList();
		ExecutorService threads = Executors.newFixedThreadPool(participants.size());
		List<String> outcomes = new ArrayList<>();
		try {
			var ready = new CountDownLatch(participants.size());
			var go = new CountDownLatch(1);
			List<Future<String>> futures = new ArrayList<>();
			for (int i = 0; i < participants.size(); i++) {
				long person = participants.get(i);
				Instant slot = slots.get(i % slots.size());
				futures.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					try {
						appointments.book(Actor.participant(person, null), person, free, coach, slot);
						return "booked";
					}
					catch (CoachingRefusal refusal) {
						return refusal.messageKey();
					}
				}));
			}
			assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			for (var future : futures) {
				outcomes.add(future.get(120, TimeUnit.SECONDS));
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(outcomes).filteredOn("booked"::equals).hasSize(5);
		assertThat(outcomes).filteredOn(o -> !o.equals("booked")).hasSize(95).containsOnly("coaching.book.slotTaken");
		List<Instant> held = jdbc.sql("""
				select starts_at from coaching_appointment where coach_person_id = :coach and status = 'BOOKED'""")
			.param("coach", coach)
			.query((rs, n) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
			.list();
		assertThat(held).containsExactlyInAnyOrderElementsOf(slots);
		assertThat(appointments.freeSlots(free, coach)).as("no free time is left").isEmpty();
	}

	@Test
	void heldAppointmentsCountAsTheProgrammesCoachingModulesAndACorrectionTakesThatBack() {
		long talent = fixtures.programme(CoachingFixtures.TALENT_PROGRAMME);
		long coach = fixtures.coach("Holding Coach", talent);
		List<Instant> slots = fixtures.singleSlots(coach, 2);
		long person = fixtures.enrolled("Coached Participant", CoachingFixtures.TALENT_PROGRAMME);
		var actor = Actor.participant(person, null);
		long first = appointments.book(actor, person, talent, coach, slots.get(0));
		long second = appointments.book(actor, person, talent, coach, slots.get(1));
		// both appointments took place last week
		jdbc.sql("update coaching_appointment set starts_at = starts_at - interval '20 days', "
				+ "ends_at = ends_at - interval '20 days' where id in (:ids)")
			.param("ids", List.of(first, second))
			.update();

		appointments.recordOutcome(coach, first, AppointmentStatus.HELD);
		assertThat(coachingResults(person)).isEqualTo(List.of("DONE"));

		appointments.recordOutcome(coach, second, AppointmentStatus.HELD);
		assertThat(coachingResults(person)).isEqualTo(List.of("DONE", "DONE"));

		appointments.recordOutcome(coach, second, AppointmentStatus.NO_SHOW);
		assertThat(coachingResults(person)).isEqualTo(List.of("DONE"));
	}

	/**
	 * The participant's results for the programme's coaching modules, in module order.
	 */
	private List<String> coachingResults(long person) {
		return jdbc.sql("""
				select r.outcome from delivery_module_result r
				join programme_module m on m.id = r.programme_module_id
				where r.person_id = :person and m.type = 'COACHING_SESSION' order by m.position""")
			.param("person", person)
			.query(String.class)
			.list();
	}

	@Test
	void entitlementsAreCountedPerProgrammeAndACancelledAppointmentGivesTheSessionBack() {
		long talent = fixtures.programme(CoachingFixtures.TALENT_PROGRAMME);
		long coach = fixtures.coach("Counting Coach", talent, free);
		List<Instant> slots = fixtures.singleSlots(coach, 4);
		long person = fixtures.enrolled("Counted Participant", CoachingFixtures.TALENT_PROGRAMME);
		var actor = Actor.participant(person, null);
		assertThat(entitlements.in(person, talent).granted()).as("two coaching modules").isEqualTo(2);
		assertThat(entitlements.in(person, talent).timeZone()).as("the cohort's zone").isEqualTo("Europe/Copenhagen");
		assertThat(entitlements.in(person, free).granted()).as("the free programme").isEqualTo(1);

		long first = appointments.book(actor, person, talent, coach, slots.get(0));
		appointments.book(actor, person, talent, coach, slots.get(1));
		assertThat(entitlements.in(person, talent).left()).isZero();
		assertThatThrownBy(() -> appointments.book(actor, person, talent, coach, slots.get(2)))
			.isInstanceOf(CoachingRefusal.class)
			.hasMessage("coaching.book.noneLeft");
		assertThat(entitlements.in(person, free).left()).as("another programme counts apart").isEqualTo(1);

		appointments.cancel(person, first);
		assertThat(entitlements.in(person, talent).used()).isEqualTo(1);
		appointments.book(actor, person, talent, coach, slots.get(0));
		assertThat(entitlements.in(person, talent).left()).isZero();

		long outsider = fixtures.person("Not Enrolled", Role.PARTICIPANT);
		assertThatThrownBy(
				() -> appointments.book(Actor.participant(outsider, null), outsider, talent, coach, slots.get(3)))
			.isInstanceOf(CoachingRefusal.class)
			.hasMessage("coaching.book.notEntitled");
	}

	@Test
	void anAppointmentCanBeMovedOrCancelledOnlyUntilTheDeadline() {
		long coach = fixtures.coach("Deadline Coach", free);
		List<Instant> slots = fixtures.singleSlots(coach, 2);
		long person = fixtures.person("Deadline Participant", Role.PARTICIPANT);
		long id = appointments.book(Actor.participant(person, null), person, free, coach, slots.get(0));

		appointments.reschedule(person, id, slots.get(1));
		assertThat(appointments.ofParticipant(person, id).orElseThrow().startsAt()).isEqualTo(slots.get(1));
		assertThat(appointments.freeSlots(free, coach)).extracting(Availability.Slot::startsAt)
			.as("the old time is free again")
			.containsExactly(slots.get(0));

		jdbc.sql("update coaching_appointment set starts_at = now() + interval '23 hours', "
				+ "ends_at = now() + interval '24 hours' where id = :id")
			.param("id", id)
			.update();
		assertThatThrownBy(() -> appointments.cancel(person, id)).isInstanceOf(CoachingRefusal.class)
			.hasMessage("coaching.appointment.tooLate");
		assertThatThrownBy(() -> appointments.reschedule(person, id, slots.get(0))).isInstanceOf(CoachingRefusal.class)
			.hasMessage("coaching.appointment.tooLate");
		assertThat(appointments.ofParticipant(person, id).orElseThrow().status()).isEqualTo(AppointmentStatus.BOOKED);
	}

	@Test
	void anotherParticipantsAppointmentIsNotFoundAndAnotherCoachCannotMarkIt() throws Exception {
		long coach = fixtures.coach("Owner Coach", free);
		Instant slot = fixtures.singleSlots(coach, 1).get(0);
		long owner = fixtures.person("Owner Participant", Role.PARTICIPANT);
		long stranger = fixtures.person("Stranger Participant", Role.PARTICIPANT);
		long otherCoach = fixtures.coach("Other Coach", free);
		long id = appointments.book(Actor.participant(owner, null), owner, free, coach, slot);
		String base = "/my/coaching/appointments/" + id;

		assertThat(status(MockMvcRequestBuilders.get(base), owner)).isEqualTo(200);
		assertThat(status(MockMvcRequestBuilders.get(base), stranger)).isEqualTo(404);
		assertThat(status(MockMvcRequestBuilders.post(base + "/cancel").with(csrf()), stranger)).isEqualTo(404);
		assertThat(status(
				MockMvcRequestBuilders.post(base + "/reschedule").param("startsAt", slot.toString()).with(csrf()),
				stranger))
			.isEqualTo(404);
		jdbc.sql(
				"update coaching_appointment set starts_at = now() - interval '1 hour', ends_at = now() where id = :id")
			.param("id", id)
			.update();
		assertThat(status(MockMvcRequestBuilders.post("/coach/appointments/" + id + "/outcome")
			.param("outcome", "HELD")
			.with(csrf()), otherCoach)).isEqualTo(404);
		assertThat(appointments.ofParticipant(owner, id).orElseThrow().status()).isEqualTo(AppointmentStatus.BOOKED);

		assertThat(status(MockMvcRequestBuilders.post("/coach/appointments/" + id + "/outcome")
			.param("outcome", "HELD")
			.with(csrf()), coach)).isEqualTo(302);
		assertThat(appointments.ofParticipant(owner, id).orElseThrow().status()).isEqualTo(AppointmentStatus.HELD);
	}

	@Test
	void bookingEmailsTheParticipantAndTheCoachWithACalendarFile() {
		long coach = fixtures.coach("Mail Coach", free);
		Instant slot = fixtures.singleSlots(coach, 1).get(0);
		long person = fixtures.person("Mail Participant", Role.PARTICIPANT);
		long id = appointments.book(Actor.participant(person, null), person, free, coach, slot);
		var emails = jdbc.sql("""
				select recipient, attachment_name, convert_from(attachment, 'UTF8') as ics from outgoing_email
				where event_id = :event and kind = 'coaching-booked' order by recipient""")
			.param("event", "coaching-booked-" + id)
			.query()
			.listOfRows();
		assertThat(emails).extracting(row -> row.get("recipient"))
			.containsExactlyInAnyOrder(people.findById(person).orElseThrow().email(),
					people.findById(coach).orElseThrow().email());
		assertThat(emails).allSatisfy(row -> {
			assertThat(row.get("attachment_name")).isEqualTo("coaching.ics");
			assertThat((String) row.get("ics")).contains("BEGIN:VEVENT").contains("UID:coaching-" + id + "@traject");
		});
	}

	@Test
	void theBookingPageShowsOtherFreeTimesWhenTheChosenOneWasJustTaken() throws Exception {
		long coach = fixtures.coach("Taken Coach", free);
		List<Instant> slots = fixtures.singleSlots(coach, 2);
		long first = fixtures.person("First Participant", Role.PARTICIPANT);
		long second = fixtures.person("Second Participant", Role.PARTICIPANT);
		appointments.book(Actor.participant(first, null), first, free, coach, slots.get(0));
		var response = mvc
			.perform(MockMvcRequestBuilders.post("/my/coaching/appointments")
				.param("programmeId", Long.toString(free))
				.param("coachId", Long.toString(coach))
				.param("startsAt", slots.get(0).toString())
				.with(csrf())
				.with(user(fixtures.user(second))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("Someone else has just booked this time")
			.contains("value=\"" + slots.get(1) + "\"")
			.doesNotContain("value=\"" + slots.get(0) + "\"");
	}

	@Test
	void theCoachesAgendaAndTheParticipantsPageCostAFixedNumberOfStatements() throws Exception {
		long coach = fixtures.coach("Budget Coach", free);
		List<Instant> slots = fixtures.singleSlots(coach, 12);
		long someone = 0;
		for (int i = 0; i < 12; i++) {
			long person = fixtures.person("Budget Participant " + i, Role.PARTICIPANT);
			appointments.book(Actor.participant(person, null), person, free, coach, slots.get(i));
			someone = person;
		}
		int agenda = statements("/coach/appointments", coach);
		int mine = statements("/my/coaching", someone);
		int directory = statements("/programmes/" + CoachingFixtures.FREE_PROGRAMME + "/coaches", someone);
		// the overview costs the same however many cohorts the programme has
		for (int i = 0; i < 3; i++) {
			fixtures.enrolled("Budget Cohort Member " + i, CoachingFixtures.FREE_PROGRAMME);
		}
		int overview = statements("/secretary/coaching?programme=" + free,
				people.findByEmail("secretary@traject.test").orElseThrow().id());
		assertThat(agenda).as("coach's agenda of 12").isLessThanOrEqualTo(8);
		assertThat(mine).as("participant's coaching page").isLessThanOrEqualTo(10);
		assertThat(directory).as("public coach list").isLessThanOrEqualTo(7);
		assertThat(overview).as("secretary's overview").isLessThanOrEqualTo(14);
	}

	private int statements(String path, long personId) throws Exception {
		QueryCounter.reset();
		var response = mvc.perform(MockMvcRequestBuilders.get(path).with(user(fixtures.user(personId))))
			.andReturn()
			.getResponse();
		int count = QueryCounter.count();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return count;
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			long personId) throws Exception {
		return mvc.perform(request.with(user(fixtures.user(personId)))).andReturn().getResponse().getStatus();
	}

}
