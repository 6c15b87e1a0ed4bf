package org.traject.cohorts.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.traject.catalogue.Catalogue;
import org.traject.people.Actor;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.Placement;
import org.traject.cohorts.SeatRelease;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.web.ProviderTimeZone;

/**
 * Enrolments for the demo, through the same rules as real ones: the 3-place spring
 * intervision cohort full with a waitlist of two, a small autumn cohort with an open
 * offer, the demo participant confirmed in the IKC track and awaiting her manager's
 * approval in the Danish talent programme, and an interest list on the Danish learning
 * day. Idempotent: what exists is left alone.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "traject.demo-data", matchIfMissing = true)
public class EnrolmentDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EnrolmentDemoData.class);

	private static final String PASSWORD = "traject-demo";

	private static final String INTERVISION = "intervisietraject-beginnende-schoolleiders-vo";

	private final People people;

	private final Catalogue programmes;

	private final CohortRepository cohorts;

	private final CohortEditing editing;

	private final EnrolmentRepository enrolments;

	private final SeatLedger seats;

	private final EnrolmentRules rules;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ProviderTimeZone timeZone;

	EnrolmentDemoData(People people, Catalogue programmes, CohortRepository cohorts, CohortEditing editing,
			EnrolmentRepository enrolments, SeatLedger seats, EnrolmentRules rules, JdbcClient jdbc,
			TransactionTemplate transaction, ProviderTimeZone timeZone) {
		this.people = people;
		this.programmes = programmes;
		this.cohorts = cohorts;
		this.editing = editing;
		this.enrolments = enrolments;
		this.seats = seats;
		this.rules = rules;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.timeZone = timeZone;
	}

	@Override
	public void run(ApplicationArguments args) {
		fullCohortWithWaitlist();
		cohortWithPendingOffer();
		demoParticipant();
		danishInterestList();
		log.info("Demo enrolments ready");
	}

	/** "Voorjaar": 3 places, 3 confirmed, 2 waiting. */
	private void fullCohortWithWaitlist() {
		cohortCalled(INTERVISION, "Voorjaar ").ifPresent(cohort -> {
			if (!enrolments.findByCohortIdOrderByRequestedAtAscIdAsc(cohort.getId()).isEmpty()) {
				return;
			}
			for (long person : List.of(person("eva.deboer@traject.test", "Eva de Boer", "Stad & Esch", "Teamleider"),
					person("ruben.visser@traject.test", "Ruben Visser", "Montessori Lyceum", "Afdelingsleider"),
					person("fatima.elamrani@traject.test", "Fatima El Amrani", "Calandlyceum", "Conrector"),
					person("lars.mulder@traject.test", "Lars Mulder", "Het Baken", "Teamleider onderbouw"),
					person("noor.bakker@traject.test", "Noor Bakker", "Wolfert Dalton", "Locatieleider"))) {
				signUp(cohort.getId(), person, null);
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
		LocalDate start = spring.get().getStartDate().plusMonths(6);
		String code = "Najaar " + start.getYear();
		if (editing.exists(programmeId, code)) {
			return;
		}
		ZoneId zone = timeZone.zone();
		LocalDate today = LocalDate.now(zone);
		long id = editing.create(programmeId, new CohortSettings(code, start, start.plusMonths(4), "Amersfoort", false,
				zone.getId(), 2, 2, today.minusDays(14), start.minusDays(14), SeatRelease.OFFER, 48));
		editing.openForEnrolment(id, editing.find(id).orElseThrow().version());
		long sofie = person("sofie.jacobs@traject.test", "Sofie Jacobs", "Het Erasmus", "Teamleider");
		long daan = person("daan.smit@traject.test", "Daan Smit", "Corderius College", "Afdelingsleider");
		long yara = person("yara.hendriks@traject.test", "Yara Hendriks", "Guido de Brès", "Teamleider bovenbouw");
		signUp(id, sofie, null);
		long daansEnrolment = signUp(id, daan, null);
		signUp(id, yara, null);
		transaction.executeWithoutResult(status -> {
			var locked = rules.lock(daansEnrolment);
			rules.cancel(locked.cohort(), locked.enrolment(), Actor.participant(daan, "Daan Smit"),
					"Andere verplichtingen op de dinsdagen");
		});
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
			if (!enrolled(cohort.getId(), personId)) {
				signUp(cohort.getId(), personId, null);
			}
		});
		cohortCalled("ledertalentudvikling", "Hold ").ifPresent(cohort -> {
			if (!enrolled(cohort.getId(), personId)) {
				signUp(cohort.getId(), personId, new Manager(manager.get().displayName(), manager.get().email()));
			}
		});
	}

	private void danishInterestList() {
		long programmeId = programmes.idOfSlug("laeringsdag-barnets-foerste-1000-dage").orElse(-1L);
		if (programmeId < 0) {
			return;
		}
		boolean exists = jdbc.sql("select count(*) > 0 from interest_registration where programme_id = :id")
			.param("id", programmeId)
			.query(Boolean.class)
			.single();
		if (exists) {
			return;
		}
		int daysAgo = 40;
		for (String email : List.of("anne.nielsen@traject.test", "jonas.madsen@traject.test",
				"sara.poulsen@traject.test", "mikkel.larsen@traject.test")) {
			jdbc.sql(
					"""
							insert into interest_registration (programme_id, email, language, status, registered_at, confirmed_at)
							values (:programme, :email, 'da', 'WAITING', now() - make_interval(days => :days),
							        now() - make_interval(days => :days))""")
				.param("programme", programmeId)
				.param("email", email)
				.param("days", daysAgo)
				.update();
			daysAgo -= 9;
		}
	}

	/**
	 * Signs a person up through the rules, as if they did it themselves, also when the
	 * demo cohort's enrolment window has not opened yet (the demo's cohorts open for
	 * sign-up weeks from now).
	 */
	private long signUp(long cohortId, long personId, @Nullable Manager manager) {
		var name = people.findById(personId).map(People.PersonView::displayName).orElse(null);
		return transaction.execute(status -> rules
			.enter(seats.lock(cohortId), personId, manager, Actor.participant(personId, name), Placement.SIGN_UP, null)
			.enrolmentId());
	}

	private boolean enrolled(long cohortId, long personId) {
		return enrolments.findByPersonIdOrderByRequestedAtDesc(personId)
			.stream()
			.anyMatch(e -> e.getCohortId() == cohortId);
	}

	private Optional<Cohort> cohortCalled(String slug, String codePrefix) {
		return programmes.idOfSlug(slug)
			.flatMap(id -> cohorts.findByProgrammeIdOrderByStartDateAscIdAsc(id)
				.stream()
				.filter(c -> c.getCode().startsWith(codePrefix))
				.findFirst());
	}

	private long person(String email, String name, String organisation, String jobTitle) {
		return people
			.ensureAccount(email, name, Locale.forLanguageTag("nl"), PASSWORD, Set.of(Role.PARTICIPANT), organisation,
					jobTitle)
			.id();
	}

}
