package org.traject.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.TrajectApplication;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.people.Actor;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.Enrolments;
import org.traject.cohorts.internal.SignUpOutcome;
import org.traject.people.People;
import org.traject.test.IntegrationTest;

/**
 * Many people at once for the last seats, on real PostgreSQL: the database decides, so a
 * cohort never holds more confirmed enrolments than its capacity and the waitlist is
 * numbered 1..N, on one application instance or two sharing the database.
 */
@IntegrationTest
class SignUpConcurrencyTest {

	private static final int CAPACITY = 10;

	private static final int PEOPLE = 120;

	private static final int ROUNDS = 3;

	private static ConfigurableApplicationContext secondInstance;

	@Autowired
	Enrolments enrolments;

	@Autowired
	CohortEditing editing;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	EnrolmentFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new EnrolmentFixtures(editing, programmes, people, jdbc);
	}

	@AfterAll
	static void stopSecondInstance() {
		if (secondInstance != null) {
			secondInstance.close();
		}
	}

	@Test
	void aHundredAndTwentyPeopleAtOnceGetExactlyTheTenSeatsAndAGapFreeWaitlist() throws Exception {
		List<Long> persons = persons();
		for (int round = 1; round <= ROUNDS; round++) {
			long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, CAPACITY, SeatRelease.CONFIRM_NEXT);
			var outcomes = signUpAtOnce(cohort, persons, List.of(enrolments));
			assertRound(round, cohort, outcomes);
		}
	}

	@Test
	void twoApplicationInstancesSharingTheDatabaseNeverOverbook() throws Exception {
		var pool = dataSource.unwrap(HikariDataSource.class);
		if (secondInstance == null) {
			// command-line arguments, since they outrank application.properties (builder
			// properties would not)
			secondInstance = new SpringApplicationBuilder(TrajectApplication.class).run("--server.port=0",
					"--spring.datasource.url=" + pool.getJdbcUrl(),
					"--spring.datasource.username=" + pool.getUsername(),
					"--spring.datasource.password=" + pool.getPassword(), "--traject.demo-data=false",
					"--spring.flyway.enabled=false",
					"--spring.modulith.events.republish-outstanding-events-on-restart=false",
					"--spring.main.banner-mode=off", "--spring.datasource.hikari.connection-timeout=60000");
		}
		assertThat(((HikariDataSource) secondInstance.getBean(DataSource.class)).getJdbcUrl())
			.as("both instances share one database")
			.isEqualTo(pool.getJdbcUrl());
		var other = secondInstance.getBean(Enrolments.class);
		assertThat(other).isNotSameAs(enrolments);
		List<Long> persons = persons();
		for (int round = 1; round <= ROUNDS; round++) {
			long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, CAPACITY, SeatRelease.CONFIRM_NEXT);
			var outcomes = signUpAtOnce(cohort, persons, List.of(enrolments, other));
			assertRound(round, cohort, outcomes);
		}
	}

	private List<Long> persons() {
		return IntStream.range(0, PEOPLE).mapToObj(i -> fixtures.person("Rush " + i)).toList();
	}

	/**
	 * Every person signs up at the same moment, spread over the given instances'
	 * services.
	 */
	private List<SignUpOutcome> signUpAtOnce(long cohort, List<Long> persons, List<Enrolments> instances)
			throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(persons.size());
		try {
			var ready = new CountDownLatch(persons.size());
			var go = new CountDownLatch(1);
			List<Future<SignUpOutcome>> futures = new ArrayList<>();
			for (int i = 0; i < persons.size(); i++) {
				long person = persons.get(i);
				Enrolments service = instances.get(i % instances.size());
				futures.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					return service.signUp(cohort, Actor.participant(person, null), null);
				}));
			}
			ready.await(30, TimeUnit.SECONDS);
			go.countDown();
			List<SignUpOutcome> outcomes = new ArrayList<>();
			for (var future : futures) {
				// an exception in any sign-up fails the test here
				outcomes.add(future.get(120, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private void assertRound(int round, long cohort, List<SignUpOutcome> outcomes) {
		String label = "round " + round;
		assertThat(outcomes).as(label).hasSize(PEOPLE);
		assertThat(outcomes.stream().filter(o -> o.status() == EnrolmentStatus.CONFIRMED)).as(label).hasSize(CAPACITY);
		List<Integer> positions = new ArrayList<>(outcomes.stream()
			.filter(o -> o.status() == EnrolmentStatus.WAITLISTED)
			.map(SignUpOutcome::waitlistPosition)
			.toList());
		Collections.sort(positions);
		List<Integer> expected = IntStream.rangeClosed(1, PEOPLE - CAPACITY).boxed().toList();
		assertThat(positions).as(label + ": what people were told").isEqualTo(expected);

		assertThat(fixtures.seatsHeld(cohort)).as(label).isEqualTo(CAPACITY);
		assertThat(jdbc.sql("select count(*) from enrolment where cohort_id = :c and status = 'CONFIRMED'")
			.param("c", cohort)
			.query(Integer.class)
			.single()).as(label).isEqualTo(CAPACITY);
		assertThat(jdbc.sql("""
				select waitlist_position from enrolment where cohort_id = :c and status = 'WAITLISTED'
				order by waitlist_position""").param("c", cohort).query(Integer.class).list())
			.as(label + ": what the database holds")
			.isEqualTo(expected);
	}

}
