package org.traject.coaching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.catalogue.Catalogue;
import org.traject.coaching.internal.Availability;
import org.traject.coaching.internal.CoachProfiles;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.people.Role;

/**
 * Fresh coaches, slots and participants for one test: unique emails and times, since the
 * database is shared by the whole run.
 */
record CoachingFixtures(People people, Catalogue catalogue, CoachProfiles profiles, Availability availability,
		Cohorts cohorts, JdbcClient jdbc) {

	static final String FREE_PROGRAMME = "gesprek-met-een-managementcoach";

	static final String TALENT_PROGRAMME = "ledertalentudvikling";

	/**
	 * The fixtures over the test's application context, so a test wires one bean, not
	 * six.
	 */
	static CoachingFixtures of(ApplicationContext context) {
		return new CoachingFixtures(context.getBean(People.class), context.getBean(Catalogue.class),
				context.getBean(CoachProfiles.class), context.getBean(Availability.class),
				context.getBean(Cohorts.class), context.getBean(JdbcClient.class));
	}

	long programme(String slug) {
		return catalogue.idOfSlug(slug).orElseThrow();
	}

	long person(String name, Role role) {
		String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "-" + UUID.randomUUID()
				+ "@example.org";
		return people.ensureAccount(email, name, Locale.ENGLISH, null, Set.of(role), "School " + name, "Leader").id();
	}

	/** A published coach serving the programmes, with no slots yet. */
	long coach(String name, long... programmes) {
		long coach = person(name, Role.COACH);
		profiles.save(coach, new CoachProfiles.ProfileChange(List.of("Leadership"), List.of("en"), "Utrecht",
				"I *listen*.", "Europe/Amsterdam", true, java.util.Arrays.stream(programmes).boxed().toList(), 0));
		return coach;
	}

	/**
	 * Single slots of an hour on successive days, starting a few days from now at a time
	 * no other test uses.
	 */
	List<Instant> singleSlots(long coach, int count) {
		Instant first = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		return java.util.stream.IntStream.range(0, count).mapToObj(i -> {
			Instant start = first.plus(i, ChronoUnit.DAYS);
			availability.addSingle(coach, start, 60, MeetingMode.ONLINE, "https://meet.example.org/" + coach);
			return start;
		}).toList();
	}

	/** A participant with a confirmed place in a new cohort of the programme. */
	long enrolled(String name, String slug) {
		long person = person(name, Role.PARTICIPANT);
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		long cohort = cohorts.plan(programme(slug),
				new CohortSettings("Test " + UUID.randomUUID().toString().substring(0, 8), today.plusDays(30),
						today.plusDays(90), "Utrecht", false, "Europe/Copenhagen", 20, 2, today.minusDays(5),
						today.plusDays(20), SeatRelease.CONFIRM_NEXT, 48));
		cohorts.enrol(cohort, person);
		return person;
	}

	CurrentUser user(long personId) {
		var p = people.findById(personId).orElseThrow();
		return new CurrentUser(p.id(), p.email(), p.displayName(), p.preferredLanguage(), p.roles(), "", true);
	}

}
