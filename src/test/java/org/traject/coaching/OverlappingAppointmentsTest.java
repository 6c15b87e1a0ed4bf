package org.traject.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.traject.coaching.internal.Appointments;
import org.traject.coaching.internal.Availability;
import org.traject.coaching.internal.CoachingRefusal;
import org.traject.people.Actor;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.test.IntegrationTest;

/**
 * A coach is in one conversation at a time: two slots with different starts that overlap
 * (an hour at 10:00, three quarters at 10:30) are both offered until one is booked, and
 * then neither the other nor a move into it succeeds, however many try at once. The
 * database itself refuses the overlap.
 */
@IntegrationTest
class OverlappingAppointmentsTest {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	@Autowired
	People people;

	@Autowired
	Availability availability;

	@Autowired
	Appointments appointments;

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
	void aWeeklyHourAndASingleSlotHalfAnHourLaterAreOfferedUntilOneIsBooked() {
		long coach = fixtures.coach("Weekly Overlap Coach", free);
		LocalDate day = LocalDate.now(AMSTERDAM).plusDays(4);
		availability.addWeekly(coach, new Availability.Weekly(day.getDayOfWeek(), LocalTime.of(10, 0), day, day, 60,
				MeetingMode.ONLINE, "https://meet.example.org/weekly"));
		Instant ten = ZonedDateTime.of(day, LocalTime.of(10, 0), AMSTERDAM).toInstant();
		Instant halfPast = ten.plus(30, ChronoUnit.MINUTES);
		Instant eleven = ten.plus(60, ChronoUnit.MINUTES);
		availability.addSingle(coach, halfPast, 45, MeetingMode.ON_SITE, "Utrecht");
		availability.addSingle(coach, eleven, 30, MeetingMode.ONLINE, "https://meet.example.org/eleven");
		assertThat(starts(coach)).containsExactly(ten, halfPast, eleven);

		long first = fixtures.person("Weekly Overlap First", Role.PARTICIPANT);
		appointments.book(Actor.participant(first, null), first, free, coach, ten);
		assertThat(starts(coach)).as("10:30 overlaps the booked hour; 11:00 is right after it").containsExactly(eleven);

		long second = fixtures.person("Weekly Overlap Second", Role.PARTICIPANT);
		assertThatThrownBy(() -> appointments.book(Actor.participant(second, null), second, free, coach, halfPast))
			.isInstanceOf(CoachingRefusal.class)
			.hasMessage("coaching.book.slotTaken");
		assertThat(appointments.ofParticipant(second)).isEmpty();
	}

	@Test
	void theDatabaseRefusesTwoLiveAppointmentsOfOneCoachThatOverlap() {
		long coach = fixtures.coach("Constraint Coach", free);
		long person = fixtures.person("Constraint Participant", Role.PARTICIPANT);
		Instant ten = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		long cancelled = insert(coach, person, ten, 60, "CANCELLED");
		insert(coach, person, ten.plus(30, ChronoUnit.MINUTES), 45, "BOOKED");
		assertThat(cancelled).as("a cancelled appointment holds no time").isPositive();

		assertThatThrownBy(() -> insert(coach, person, ten, 60, "BOOKED"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("coaching_appointment_no_overlap");
		assertThatThrownBy(() -> insert(coach, person, ten.plus(60, ChronoUnit.MINUTES), 30, "HELD"))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(insert(coach, person, ten.plus(75, ChronoUnit.MINUTES), 30, "BOOKED"))
			.as("one that starts when the other ends does not overlap it")
			.isPositive();
		long otherCoach = fixtures.coach("Constraint Other Coach", free);
		assertThat(insert(otherCoach, person, ten, 60, "BOOKED")).as("another coach's time is their own").isPositive();
	}

	@Test
	void manyPeopleRacingForOverlappingSlotsGetAtMostOneOfEachPair() throws Exception {
		long coach = fixtures.coach("Overlap Rush Coach", free);
		int pairs = 6;
		List<Instant[]> pairStarts = overlappingPairs(coach, pairs);
		// six people already hold a later time and race to move into the pairs, the
		// others book
		List<Instant> later = IntStream.range(0, pairs)
			.mapToObj(i -> pairStarts.get(i)[0].plus(pairs + 3, ChronoUnit.DAYS))
			.toList();
		List<Long> movers = new ArrayList<>();
		List<Long> moverAppointments = new ArrayList<>();
		for (int i = 0; i < pairs; i++) {
			long mover = fixtures.person("Overlap Mover " + i, Role.PARTICIPANT);
			availability.addSingle(coach, later.get(i), 60, MeetingMode.ONLINE, "https://meet.example.org/later");
			movers.add(mover);
			moverAppointments.add(appointments.book(Actor.participant(mover, null), mover, free, coach, later.get(i)));
		}
		List<Long> bookers = IntStream.range(0, 54)
			.mapToObj(i -> fixtures.person("Overlap Booker " + i, Role.PARTICIPANT))
			.toList();

		List<Callable<String>> attempts = new ArrayList<>();
		for (int i = 0; i < bookers.size(); i++) {
			long person = bookers.get(i);
			Instant slot = pairStarts.get(i % pairs)[(i / pairs) % 2];
			attempts.add(() -> {
				appointments.book(Actor.participant(person, null), person, free, coach, slot);
				return "booked";
			});
		}
		for (int i = 0; i < pairs; i++) {
			long mover = movers.get(i);
			long appointment = moverAppointments.get(i);
			Instant slot = pairStarts.get(i)[1];
			attempts.add(() -> {
				appointments.reschedule(mover, appointment, slot);
				return "moved";
			});
		}
		List<String> outcomes = race(attempts);

		assertThat(outcomes).filteredOn(o -> o.equals("booked") || o.equals("moved"))
			.as("one appointment per overlapping pair")
			.hasSize(pairs);
		assertThat(outcomes).filteredOn(o -> !o.equals("booked") && !o.equals("moved"))
			.containsOnly("coaching.book.slotTaken");
		for (var pair : pairStarts) {
			int live = jdbc.sql("""
					select count(*) from coaching_appointment where coach_person_id = :coach and status = 'BOOKED'
					  and starts_at in (:ten, :halfPast)""")
				.param("coach", coach)
				.param("ten", java.sql.Timestamp.from(pair[0]))
				.param("halfPast", java.sql.Timestamp.from(pair[1]))
				.query(Integer.class)
				.single();
			assertThat(live).as("appointments in the pair at " + pair[0]).isEqualTo(1);
		}
		int overlapping = jdbc.sql("""
				select count(*) from coaching_appointment a join coaching_appointment b
				  on a.coach_person_id = b.coach_person_id and a.id < b.id
				 and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
				where a.coach_person_id = :coach and a.status <> 'CANCELLED' and b.status <> 'CANCELLED'""")
			.param("coach", coach)
			.query(Integer.class)
			.single();
		assertThat(overlapping).isZero();
		assertThat(appointments.freeSlots(free, coach)).extracting(Availability.Slot::startsAt)
			.as("no time in a pair is offered any more")
			.doesNotContainAnyElementsOf(pairStarts.stream().flatMap(p -> java.util.Arrays.stream(p)).toList());
	}

	@Test
	void nobodyMovesIntoATimeThatOverlapsAnotherAppointmentButOneMayMoveOverItsOwn() {
		long coach = fixtures.coach("Overlap Move Coach", free);
		Instant[] pair = overlappingPairs(coach, 1).get(0);
		Instant elsewhere = pair[0].plus(3, ChronoUnit.DAYS);
		availability.addSingle(coach, elsewhere, 60, MeetingMode.ONLINE, "https://meet.example.org/elsewhere");
		long holder = fixtures.person("Overlap Move Holder", Role.PARTICIPANT);
		long mover = fixtures.person("Overlap Move Mover", Role.PARTICIPANT);
		long held = appointments.book(Actor.participant(holder, null), holder, free, coach, pair[0]);
		long moving = appointments.book(Actor.participant(mover, null), mover, free, coach, elsewhere);

		assertThat(appointments.freeSlotsFor(appointments.ofParticipant(mover, moving).orElseThrow()))
			.extracting(Availability.Slot::startsAt)
			.doesNotContain(pair[0], pair[1]);
		assertThatThrownBy(() -> appointments.reschedule(mover, moving, pair[1])).isInstanceOf(CoachingRefusal.class)
			.hasMessage("coaching.book.slotTaken");
		assertThat(appointments.ofParticipant(mover, moving).orElseThrow().startsAt()).isEqualTo(elsewhere);

		assertThat(appointments.freeSlotsFor(appointments.ofParticipant(holder, held).orElseThrow()))
			.extracting(Availability.Slot::startsAt)
			.as("the holder's own hour does not keep them from the half hour inside it")
			.contains(pair[1]);
		appointments.reschedule(holder, held, pair[1]);
		assertThat(appointments.ofParticipant(holder, held).orElseThrow().startsAt()).isEqualTo(pair[1]);
		assertThat(appointments.freeSlots(free, coach)).extracting(Availability.Slot::startsAt)
			.doesNotContain(pair[0], pair[1]);
	}

	@Test
	void whoeverBooksAnOverlappingTimeSecondSeesWhyAndTheTimesStillFree() throws Exception {
		long coach = fixtures.coach("Overlap Page Coach", free);
		Instant[] pair = overlappingPairs(coach, 2).get(0);
		long first = fixtures.person("Overlap Page First", Role.PARTICIPANT);
		long second = fixtures.person("Overlap Page Second", Role.PARTICIPANT);
		appointments.book(Actor.participant(first, null), first, free, coach, pair[0]);
		var response = mvc
			.perform(MockMvcRequestBuilders.post("/my/coaching/appointments")
				.param("programmeId", Long.toString(free))
				.param("coachId", Long.toString(coach))
				.param("startsAt", pair[1].toString())
				.with(csrf())
				.with(user(fixtures.user(second))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString())
			.contains("Someone else has just booked this time or one that overlaps")
			.doesNotContain("value=\"" + pair[0] + "\"")
			.doesNotContain("value=\"" + pair[1] + "\"")
			.contains("value=\"" + pair[0].plus(1, ChronoUnit.DAYS) + "\"");
	}

	/**
	 * Per day from a few days on: an hour at the full hour and three quarters from half
	 * past, which overlap.
	 */
	private List<Instant[]> overlappingPairs(long coach, int count) {
		Instant first = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		List<Instant[]> pairs = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Instant hour = first.plus(i, ChronoUnit.DAYS);
			Instant halfPast = hour.plus(30, ChronoUnit.MINUTES);
			availability.addSingle(coach, hour, 60, MeetingMode.ONLINE, "https://meet.example.org/hour");
			availability.addSingle(coach, halfPast, 45, MeetingMode.ONLINE, "https://meet.example.org/half");
			pairs.add(new Instant[] { hour, halfPast });
		}
		return pairs;
	}

	private List<String> race(List<Callable<String>> attempts) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(attempts.size());
		List<String> outcomes = new ArrayList<>();
		try {
			var ready = new CountDownLatch(attempts.size());
			var go = new CountDownLatch(1);
			List<Future<String>> futures = new ArrayList<>();
			for (var attempt : attempts) {
				futures.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					try {
						return attempt.call();
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
		return outcomes;
	}

	private List<Instant> starts(long coach) {
		return appointments.freeSlots(free, coach).stream().map(Availability.Slot::startsAt).toList();
	}

	private long insert(long coach, long person, Instant start, int minutes, String status) {
		return jdbc
			.sql("""
					insert into coaching_appointment (coach_person_id, participant_person_id, programme_id, starts_at, ends_at,
					       mode, place, status, booked_by_person_id, booked_at)
					values (:coach, :person, :programme, :start, :end, 'ONLINE', 'https://meet.example.org/x', :status,
					        :person, now())
					returning id""")
			.param("coach", coach)
			.param("person", person)
			.param("programme", free)
			.param("start", java.sql.Timestamp.from(start))
			.param("end", java.sql.Timestamp.from(start.plus(minutes, ChronoUnit.MINUTES)))
			.param("status", status)
			.query(Long.class)
			.single();
	}

}
