package org.traject.delivery;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.traject.catalogue.Catalogue;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.people.Actor;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.cohorts.SeatRelease;
import org.traject.people.CurrentUser;
import org.traject.people.People;
import org.traject.people.Role;

/**
 * Fresh cohorts that have taken place and fresh people in them, for one test: unique
 * codes and emails, since the database is shared by the whole run. People get the demo
 * password so a browser test can sign in as them.
 */
public class DeliveryFixtures {

	public static final String IKC_TRACK = "ontwikkeltraject-directeur-ikc";

	public static final String TALENT_PROGRAMME = "ledertalentudvikling";

	/** The completed IKC cohort of the demo data (demo/internal/DemoDelivery). */
	public static final String DEMO_COHORT_CODE = "Groep Vlaardingen (afgerond)";

	public static final String PASSWORD = "traject-demo";

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final CohortEditing cohorts;

	private final ProgrammeEditing programmes;

	private final Catalogue catalogue;

	private final EnrolmentAdministration enrolments;

	private final People people;

	public DeliveryFixtures(CohortEditing cohorts, ProgrammeEditing programmes, Catalogue catalogue,
			EnrolmentAdministration enrolments, People people) {
		this.cohorts = cohorts;
		this.programmes = programmes;
		this.catalogue = catalogue;
		this.enrolments = enrolments;
		this.people = people;
	}

	public long programme(String slug) {
		return programmes.idOfSlug(slug).orElseThrow();
	}

	/**
	 * A cohort that began a month ago, with one full-day session per given module title
	 * (or per module).
	 */
	public PastCohort pastCohort(String slug, int sessions) {
		long programmeId = programme(slug);
		LocalDate start = LocalDate.now(AMSTERDAM).minusDays(40);
		String code = "Past " + UUID.randomUUID().toString().substring(0, 8);
		long id = cohorts.create(programmeId, new CohortSettings(code, start, start.plusDays(30), "Utrecht", false,
				AMSTERDAM.getId(), 20, 1, start.minusDays(30), start.minusDays(2), SeatRelease.CONFIRM_NEXT, 48));
		var modules = catalogue.find(programmeId)
			.orElseThrow()
			.modules()
			.stream()
			.filter(m -> m.days().signum() > 0)
			.toList();
		var sessionIds = new ArrayList<Long>();
		for (int s = 0; s < sessions; s++) {
			var module = modules.get(s % modules.size());
			LocalDate day = start.plusDays(5L * s);
			sessionIds.add(cohorts.addSession(id, null, "Day " + (s + 1) + ": " + module.title(),
					day.atTime(LocalTime.of(9, 0)).atZone(AMSTERDAM).toInstant(),
					day.atTime(LocalTime.of(16, 0)).atZone(AMSTERDAM).toInstant(), null));
		}
		return new PastCohort(id, programmeId, code, List.copyOf(sessionIds));
	}

	/** A new participant with a password, confirmed in the cohort. */
	public Participant enrol(long cohortId, String name) {
		String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "-" + UUID.randomUUID()
				+ "@example.org";
		var person = people.ensureAccount(email, name, Locale.ENGLISH, PASSWORD, Set.of(Role.PARTICIPANT),
				"School " + name, "Teacher");
		var outcome = enrolments.enrol(cohortId, person.id(), Actor.system(), null);
		return new Participant(person.id(), outcome.enrolmentId(), name, email);
	}

	public static CurrentUser user(Participant p) {
		return new CurrentUser(p.personId(), p.email(), p.name(), "en", Set.of(Role.PARTICIPANT), "", true);
	}

	public record PastCohort(long id, long programmeId, String code, List<Long> sessions) {
	}

	public record Participant(long personId, long enrolmentId, String name, String email) {
	}

}
