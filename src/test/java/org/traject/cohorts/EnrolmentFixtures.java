package org.traject.cohorts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.people.Actor;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.people.People;
import org.traject.people.Role;

/**
 * Fresh cohorts and people for one test: unique codes and emails, since the database is
 * shared by the whole run.
 */
class EnrolmentFixtures {

	static final String PLAIN_PROGRAMME = "ontwikkeltraject-directeur-ikc";

	static final String APPROVAL_PROGRAMME = "ledertalentudvikling";

	private final CohortEditing editing;

	private final ProgrammeEditing programmes;

	private final People people;

	private final JdbcClient jdbc;

	EnrolmentFixtures(CohortEditing editing, ProgrammeEditing programmes, People people, JdbcClient jdbc) {
		this.editing = editing;
		this.programmes = programmes;
		this.people = people;
		this.jdbc = jdbc;
	}

	long programme(String slug) {
		return programmes.idOfSlug(slug).orElseThrow();
	}

	/** An open cohort accepting enrolments today, starting in a month. */
	long openCohort(String slug, int capacity, SeatRelease release) {
		long id = plannedCohort(slug, capacity, release);
		editing.openForEnrolment(id, editing.find(id).orElseThrow().version());
		return id;
	}

	/**
	 * An open cohort accepting enrolments today, starting in {@code days} days, with a
	 * minimum of 2.
	 */
	long openCohortStartingIn(String slug, int capacity, int days) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		long id = editing.create(programme(slug),
				new CohortSettings("Test " + UUID.randomUUID().toString().substring(0, 8), today.plusDays(days),
						today.plusDays(days + 30), "Utrecht", false, "Europe/Amsterdam", capacity,
						Math.min(capacity, 2), today.minusDays(5), today.plusDays(days), SeatRelease.CONFIRM_NEXT, 48));
		editing.openForEnrolment(id, editing.find(id).orElseThrow().version());
		return id;
	}

	long plannedCohort(String slug, int capacity, SeatRelease release) {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
		return editing.create(programme(slug),
				new CohortSettings("Test " + UUID.randomUUID().toString().substring(0, 8), today.plusDays(30),
						today.plusDays(60), "Utrecht", false, "Europe/Amsterdam", capacity, Math.min(capacity, 2),
						today.minusDays(5), today.plusDays(20), release, 48));
	}

	/**
	 * Closes the enrolment window (it closed yesterday): from now on nobody is promoted
	 * automatically.
	 */
	void closeEnrolment(long cohortId) {
		var c = editing.find(cohortId).orElseThrow();
		LocalDate yesterday = LocalDate.now(c.zone()).minusDays(1);
		editing.update(cohortId, c.version(),
				new CohortSettings(c.code(), c.startDate(), c.endDate(), c.location(), c.online(), c.timeZone(),
						c.capacity(), c.minParticipants(), yesterday.minusDays(5), yesterday, c.seatRelease(),
						c.offerHours()));
	}

	void changeStatus(long cohortId, CohortStatus status) {
		editing.changeStatus(cohortId, editing.find(cohortId).orElseThrow().version(), status);
	}

	void changeCapacity(long cohortId, int capacity) {
		var c = editing.find(cohortId).orElseThrow();
		editing.update(cohortId, c.version(),
				new CohortSettings(c.code(), c.startDate(), c.endDate(), c.location(), c.online(), c.timeZone(),
						capacity, Math.min(capacity, c.minParticipants()), c.enrolmentOpens(), c.enrolmentCloses(),
						c.seatRelease(), c.offerHours()));
	}

	long person(String name) {
		String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "-" + UUID.randomUUID()
				+ "@example.org";
		return people.ensureAccount(email, name, Locale.ENGLISH, null, Set.of(Role.PARTICIPANT), "School", "Leader")
			.id();
	}

	Actor participant(long personId) {
		return Actor.participant(personId, "Participant " + personId);
	}

	int seatsHeld(long cohortId) {
		return jdbc.sql("select confirmed_count from cohort where id = :id")
			.param("id", cohortId)
			.query(Integer.class)
			.single();
	}

	/** Lets an offer's deadline pass without waiting for it. */
	void letOfferExpire(long enrolmentId) {
		jdbc.sql(
				"update enrolment set offer_expires_at = now() - interval '1 minute' where id = :id and status = 'OFFERED'")
			.param("id", enrolmentId)
			.update();
	}

	/**
	 * A cohort whose enrolment window closed with two people waiting when its one place
	 * was freed: nobody is promoted automatically, a secretary gives the place.
	 */
	long waitlistBesideAFreePlace(org.traject.cohorts.internal.Enrolments enrolments) {
		long cohort = openCohort(PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		long seated = person("Seated Person");
		long first = enrolments.signUp(cohort, participant(seated), null).enrolmentId();
		enrolments.signUp(cohort, participant(person("Waiting Person")), null);
		enrolments.signUp(cohort, participant(person("Waiting Person")), null);
		closeEnrolment(cohort);
		enrolments.cancel(first, participant(seated), "Plans changed");
		return cohort;
	}

}
