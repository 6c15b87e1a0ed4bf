package org.traject.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.TrajectApplication;
import org.traject.agenda.internal.Reminders;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.people.People;
import org.traject.test.MailIntegrationTest;
import org.traject.test.TestSmtp;

/**
 * Two application instances on one database, as behind a load balancer, each running the
 * reminder job every half second and, on top of that, asked to send the due reminders at
 * the same moment from several threads; then one instance is stopped and a fresh one
 * started, as in a deployment. Everyone still receives one reminder per session.
 */
@MailIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemindersAcrossInstancesTest {

	private static final int PEOPLE = 12;

	@Autowired
	JdbcConnectionDetails database;

	@Autowired
	Cohorts cohorts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@AfterAll
	void stopInstances() {
		instances.forEach(ConfigurableApplicationContext::close);
	}

	private ConfigurableApplicationContext start(String name) {
		var instance = new SpringApplicationBuilder(TrajectApplication.class).run("--server.port=0",
				"--traject.demo-data=false", "--traject.test.instance=" + name,
				"--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(),
				"--spring.datasource.password=" + database.getPassword(),
				"--spring.datasource.hikari.maximum-pool-size=4", "--logging.level.root=WARN",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestSmtp.port(),
				"--traject.base-url=https://traject.example.org", "--traject.agenda.reminder-interval=PT0.5S",
				"--traject.agenda.reminder-initial-delay=PT0S", "--traject.mail.delivery.interval=PT0.2S",
				// the shared test context has migrated the schema and owns its
				// outstanding
				// events
				"--spring.flyway.enabled=false",
				"--spring.modulith.events.republish-outstanding-events-on-restart=false",
				"--spring.main.banner-mode=off");
		instances.add(instance);
		return instance;
	}

	@Test
	void eachPersonGetsOneReminderPerSessionAcrossTwoInstancesAndARestart() throws Exception {
		var fixtures = new AgendaFixtures(cohorts, catalogue, people);
		long cohort = fixtures.cohort(AgendaFixtures.APPROVAL, PEOPLE, SeatRelease.CONFIRM_NEXT, 2);
		long session = fixtures.session(cohort, "Temadag om data", Instant.now().plus(Duration.ofDays(2)),
				"Vejle Centerhotel");
		List<People.PersonView> participants = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			var person = fixtures.person("Deltager " + i, i % 2 == 0 ? "da" : "en");
			cohorts.enrol(cohort, person.id());
			participants.add(person);
		}

		var first = start("first");
		var second = start("second");
		// besides the scheduled runs (which ShedLock keeps apart), both instances at
		// once from three threads each: only the reminder_sent row stands between them
		var pool = Executors.newFixedThreadPool(6);
		var go = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (var instance : List.of(first, second, first, second, first, second)) {
			var reminders = instance.getBean(Reminders.class);
			runs.add(pool.submit((Callable<Integer>) () -> {
				go.await();
				return reminders.sendDue(Instant.now());
			}));
		}
		go.countDown();
		for (var run : runs) {
			run.get();
		}
		pool.shutdown();

		await().atMost(Duration.ofSeconds(60))
			.until(() -> participants.stream().allMatch(p -> !sessionReminders(p.email()).isEmpty()));

		first.close();
		var restarted = start("restarted");
		// the restarted instance runs its job several times over (every half second)
		// while
		// every participant still has exactly one reminder
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(20))
			.until(() -> participants.stream().allMatch(p -> sessionReminders(p.email()).size() == 1));
		assertThat(restarted.getBean(Reminders.class).sendDue(Instant.now())).isGreaterThanOrEqualTo(0);

		for (var p : participants) {
			assertThat(sessionReminders(p.email())).as("reminders for %s", p.displayName()).hasSize(1);
			assertThat(jdbc.sql("select count(*) from reminder_sent where person_id = :p and occasion = :o")
				.param("p", p.id())
				.param("o", "session-" + session)
				.query(Integer.class)
				.single()).isEqualTo(1);
		}
		assertThat(jdbc.sql("select count(*) from outgoing_email where kind = 'session-reminder' and event_id = :e")
			.param("e", "reminder-session-" + session)
			.query(Integer.class)
			.single()).isEqualTo(PEOPLE);
	}

	private static List<?> sessionReminders(String email) {
		return TestSmtp.receivedBy(email)
			.stream()
			.filter(m -> RemindersTest.subject(m).startsWith("Påmindelse:")
					|| RemindersTest.subject(m).startsWith("Reminder:"))
			.toList();
	}

}
