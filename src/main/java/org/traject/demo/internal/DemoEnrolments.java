package org.traject.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.traject.catalogue.Catalogue;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.SeatRelease;
import org.traject.people.Actor;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.web.ProviderTimeZone;

/**
 * Enrolments for the demo, through the same rules as real ones: the 3-place spring
 * intervision cohort full with a waitlist of two, a small autumn cohort with an open
 * offer, the demo participant confirmed in the IKC track and awaiting her manager's
 * approval in the Danish talent programme, and an interest list on the Danish learning
 * day. The demo's cohorts open for sign-up weeks from now, so the sign-ups are imported
 * ({@link Cohorts#importSignUp}: the sign-up form's placement, recorded as the person's
 * own). Idempotent: what exists is left alone.
 */
@DemoStep
class DemoEnrolments {

	private static final Logger log = LoggerFactory.getLogger(DemoEnrolments.class);

	private static final String INTERVISION = "intervisietraject-beginnende-schoolleiders-vo";

	private final People people;

	private final Catalogue programmes;

	private final Cohorts cohorts;

	private final ProviderTimeZone timeZone;

	DemoEnrolments(People people, Catalogue programmes, Cohorts cohorts, ProviderTimeZone timeZone) {
		this.people = people;
		this.programmes = programmes;
		this.cohorts = cohorts;
		this.timeZone = timeZone;
	}

	void create() {
		fullCohortWithWaitlist();
		cohortWithPendingOffer();
		demoParticipant();
		danishInterestList();
		log.info("Demo enrolments ready");
	}

	/** "Voorjaar": 3 places, 3 confirmed, 2 waiting. */
	private void fullCohortWithWaitlist() {
		cohortCalled(INTERVISION, "Voorjaar ").ifPresent(cohort -> {
			if (!cohorts.roster(cohort.id()).lines().isEmpty()) {
				return;
			}
			for (long person : List.of(person("eva.deboer@traject.test", "Eva de Boer", "Stad & Esch", "Teamleider"),
					person("ruben.visser@traject.test", "Ruben Visser", "Montessori Lyceum", "Afdelingsleider"),
					person("fatima.elamrani@traject.test", "Fatima El Amrani", "Calandlyceum", "Conrector"),
					person("lars.mulder@traject.test", "Lars Mulder", "Het Baken", "Teamleider onderbouw"),
					person("noor.bakker@traject.test", "Noor Bakker", "Wolfert Dalton", "Locatieleider"))) {
				cohorts.importSignUp(cohort.id(), person, null, null);
			}
		});
	}

	/**
	 * "Najaar": 2 places; one of the two confirmed cancelled, so the first on the
	 * waitlist holds an offer.
	 */
	private void cohortWithPendingOffer() {
		long programmeId = programmes.idOfSlug(INTERVISION).orElse(-1L);
		var spring = cohortCalled(INTERVISION, "Voorjaar ");
		if (programmeId < 0 || spring.isEmpty()) {
			return;
		}
		LocalDate start = spring.get().startDate().plusMonths(6);
		String code = "Najaar " + start.getYear();
		if (cohorts.ofProgramme(programmeId).stream().anyMatch(c -> c.code().equals(code))) {
			return;
		}
		ZoneId zone = timeZone.zone();
		LocalDate today = LocalDate.now(zone);
		long id = cohorts.plan(programmeId, new CohortSettings(code, start, start.plusMonths(4), "Amersfoort", false,
				zone.getId(), 2, 2, today.minusDays(14), start.minusDays(14), SeatRelease.OFFER, 48));
		cohorts.openForEnrolment(id, cohorts.find(id).orElseThrow().version());
		long sofie = person("sofie.jacobs@traject.test", "Sofie Jacobs", "Het Erasmus", "Teamleider");
		long daan = person("daan.smit@traject.test", "Daan Smit", "Corderius College", "Afdelingsleider");
		long yara = person("yara.hendriks@traject.test", "Yara Hendriks", "Guido de Brès", "Teamleider bovenbouw");
		cohorts.importSignUp(id, sofie, null, null);
		long daansEnrolment = cohorts.importSignUp(id, daan, null, null);
		cohorts.importSignUp(id, yara, null, null);
		cohorts.cancelOwn(daansEnrolment, Actor.participant(daan, "Daan Smit"),
				"Andere verplichtingen op de dinsdagen");
	}

	/**
	 * The demo participant: a place in the IKC track, and a request awaiting her manager
	 * in the talent programme.
	 */
	private void demoParticipant() {
		var participant = people.findByEmail("participant@traject.test");
		var manager = people.findByEmail("manager@traject.test");
		if (participant.isEmpty() || manager.isEmpty()) {
			return;
		}
		long personId = participant.get().id();
		cohortCalled("ontwikkeltraject-directeur-ikc", "Groep ").ifPresent(cohort -> {
			if (!enrolled(cohort.id(), personId)) {
				cohorts.importSignUp(cohort.id(), personId, null, null);
			}
		});
		cohortCalled("ledertalentudvikling", "Hold ").ifPresent(cohort -> {
			if (!enrolled(cohort.id(), personId)) {
				cohorts.importSignUp(cohort.id(), personId, manager.get().displayName(), manager.get().email());
			}
		});
	}

	/**
	 * Four Danes waiting for the learning day's next cohort, registered 40 to 13 days
	 * ago.
	 */
	private void danishInterestList() {
		long programmeId = programmes.idOfSlug("laeringsdag-barnets-foerste-1000-dage").orElse(-1L);
		if (programmeId < 0 || cohorts.hasInterestList(programmeId)) {
			return;
		}
		Instant now = Instant.now();
		int daysAgo = 40;
		for (String email : List.of("anne.nielsen@traject.test", "jonas.madsen@traject.test",
				"sara.poulsen@traject.test", "mikkel.larsen@traject.test")) {
			cohorts.importInterest(programmeId, email, Locale.forLanguageTag("da"),
					now.minus(Duration.ofDays(daysAgo)));
			daysAgo -= 9;
		}
	}

	private boolean enrolled(long cohortId, long personId) {
		return cohorts.enrolmentsOf(personId).stream().anyMatch(e -> e.cohortId() == cohortId);
	}

	/** The programme's first cohort (by start date) whose code starts so. */
	private Optional<Cohorts.CohortView> cohortCalled(String slug, String codePrefix) {
		return programmes.idOfSlug(slug)
			.flatMap(id -> cohorts.ofProgramme(id)
				.stream()
				.filter(c -> c.code().startsWith(codePrefix))
				.min(Comparator.comparing(Cohorts.CohortView::startDate).thenComparing(Cohorts.CohortView::id)));
	}

	private long person(String email, String name, String organisation, String jobTitle) {
		return people
			.ensureAccount(email, name, Locale.forLanguageTag("nl"), DemoAccounts.PASSWORD, Set.of(Role.PARTICIPANT),
					organisation, jobTitle)
			.id();
	}

}
