package org.traject.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ModuleType;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.EnrolmentStatus;
import org.traject.cohorts.SeatRelease;
import org.traject.delivery.AttendanceStatus;
import org.traject.delivery.CareerOutcomeKind;
import org.traject.delivery.DeliveryRecords;
import org.traject.people.People;
import org.traject.people.Role;
import org.traject.web.ProviderTimeZone;

/**
 * A completed cohort of the IKC director track (seed 000): six sessions in the past, the
 * demo participant and five others with registered attendance, completions with
 * certificates (40 points for the school leaders' register, renewed for four years), and
 * career outcomes so the outcome report shows a share. Also seed 003's completion rule.
 * Written through {@link DeliveryRecords}, as a secretary records them. Idempotent step
 * by step: whatever exists already is left as it is.
 */
@DemoStep
class DemoDelivery {

	static final String IKC_TRACK = "ontwikkeltraject-directeur-ikc";

	static final String TALENT_PROGRAMME = "ledertalentudvikling";

	static final String COHORT_CODE = "Groep Vlaardingen (afgerond)";

	private static final Logger log = LoggerFactory.getLogger(DemoDelivery.class);

	/**
	 * Demo people besides the demo participant: name, email, organisation, job, and their
	 * story in the cohort.
	 */
	private static final List<DemoPerson> OTHERS = List.of(
			new DemoPerson("Youssef El Amrani", "y.elamrani@traject.test", "IKC De Wilgen", "Locatieleider", 0,
					CareerOutcomeKind.FORMAL_LEADERSHIP_ROLE, "Directeur IKC De Wilgen"),
			new DemoPerson("Ingrid Vos", "i.vos@traject.test", "Kinderopvang Vlaardingen", "Clustermanager", 0,
					CareerOutcomeKind.FORMAL_LEADERSHIP_ROLE, "Directeur IKC Het Palet"),
			new DemoPerson("Bram de Wit", "b.dewit@traject.test", "Stichting Meervoud", "Intern begeleider", 1,
					CareerOutcomeKind.NONE_YET, null),
			new DemoPerson("Fatma Yilmaz", "f.yilmaz@traject.test", "IKC De Regenboog", "Teamleider", 0, null, null),
			new DemoPerson("Kees Meijer", "k.meijer@traject.test", "Stichting Meervoud", "Leerkracht", 3, null, null));

	private final Catalogue catalogue;

	private final Cohorts cohorts;

	private final People people;

	private final DeliveryRecords delivery;

	/** The demo cohort is in the provider's zone. */
	private final ZoneId providerZone;

	DemoDelivery(Catalogue catalogue, Cohorts cohorts, People people, DeliveryRecords delivery,
			ProviderTimeZone timeZone) {
		this.catalogue = catalogue;
		this.cohorts = cohorts;
		this.people = people;
		this.delivery = delivery;
		this.providerZone = timeZone.zone();
	}

	void create() {
		talentProgrammeRule();
		var programmeId = catalogue.idOfSlug(IKC_TRACK).orElse(null);
		var secretary = people.findByEmail("secretary@traject.test").orElse(null);
		var participant = people.findByEmail("participant@traject.test").orElse(null);
		if (programmeId == null || secretary == null || participant == null) {
			return;
		}
		long cohortId = completedCohort(programmeId);
		var stories = new ArrayList<DemoPerson>();
		stories.add(new DemoPerson(participant.displayName(), participant.email(), null, null, 0,
				CareerOutcomeKind.LEADERSHIP_LIKE_ROLE, "Adjunct-directeur"));
		stories.addAll(OTHERS);
		enrol(cohortId, stories);
		registerAttendance(cohortId, stories, secretary.id());
		delivery.decideByRule(cohortId, secretary.id());
		recordOutcomes(programmeId, stories, secretary.id());
		var cohort = cohorts.find(cohortId).orElseThrow();
		if (cohort.status() != CohortStatus.COMPLETED) {
			delivery.closeCohort(cohortId, cohort.version());
		}
		log.info("Delivery demo data ready: completed cohort '{}' of {}", COHORT_CODE, IKC_TRACK);
	}

	/**
	 * Seed 003: 80 % of the days, the exam passed, the leadership assignment approved,
	 * the internship done.
	 */
	private void talentProgrammeRule() {
		var programmeId = catalogue.idOfSlug(TALENT_PROGRAMME).orElse(null);
		if (programmeId == null || delivery.hasCompletionRule(programmeId)) {
			return;
		}
		var programme = catalogue.find(programmeId).orElseThrow();
		Set<Long> required = programme.modules()
			.stream()
			.filter(m -> m.type() == ModuleType.EXAM || m.type() == ModuleType.LEADERSHIP_ASSIGNMENT
					|| m.type() == ModuleType.INTERNSHIP)
			.map(Catalogue.ModuleView::id)
			.collect(Collectors.toSet());
		delivery.setCompletionRule(programmeId, 80, required);
	}

	private long completedCohort(long programmeId) {
		var existing = cohorts.ofProgramme(programmeId).stream().filter(c -> c.code().equals(COHORT_CODE)).findFirst();
		if (existing.isPresent()) {
			return existing.get().id();
		}
		LocalDate today = LocalDate.now(providerZone);
		LocalDate start = today.minusMonths(9).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
		LocalDate end = start.plusMonths(4);
		long id = cohorts.plan(programmeId, new CohortSettings(COHORT_CODE, start, end, "Vlaardingen", false,
				providerZone.getId(), 16, 4, start.minusMonths(2), start.minusDays(7), SeatRelease.CONFIRM_NEXT, 48));
		var modules = catalogue.find(programmeId)
			.orElseThrow()
			.modules()
			.stream()
			.filter(m -> m.days().signum() > 0)
			.toList();
		for (int s = 0; s < modules.size(); s++) {
			var module = modules.get(s);
			LocalDate day = start.plusDays(ChronoUnit.DAYS.between(start, end) * s / Math.max(1, modules.size() - 1));
			cohorts.addSession(id, module.id(), module.title(),
					day.atTime(LocalTime.of(9, 30)).atZone(providerZone).toInstant(),
					day.atTime(LocalTime.of(16, 30)).atZone(providerZone).toInstant(), "Vlaardingen");
		}
		return id;
	}

	private void enrol(long cohortId, List<DemoPerson> stories) {
		var roster = cohorts.roster(cohortId);
		for (var story : stories) {
			var person = people.ensureAccount(story.email(), story.name(), Locale.forLanguageTag("nl"), null,
					Set.of(Role.PARTICIPANT), story.organisation(), story.jobTitle());
			boolean enrolled = roster.lines()
				.stream()
				.anyMatch(l -> l.personId() == person.id() && l.status() == EnrolmentStatus.CONFIRMED);
			if (!enrolled && roster.cohort().status() != CohortStatus.COMPLETED) {
				cohorts.enrol(cohortId, person.id());
			}
		}
	}

	/**
	 * Everyone present, except that some miss a session or more (the first of them with a
	 * reason).
	 */
	private void registerAttendance(long cohortId, List<DemoPerson> stories, long secretaryId) {
		var absences = stories.stream().collect(Collectors.toMap(DemoPerson::email, DemoPerson::absences));
		var byPerson = people.findAllById(cohorts.roster(cohortId).lines().stream().map(l -> l.personId()).toList());
		var sessions = delivery.unregistered(cohortId);
		for (int s = 0; s < sessions.size(); s++) {
			for (var participant : sessions.get(s).participants()) {
				var person = byPerson.get(participant.personId());
				int missed = person == null ? 0 : absences.getOrDefault(person.email(), 0);
				boolean absent = s >= sessions.size() - missed;
				AttendanceStatus status = !absent ? AttendanceStatus.PRESENT
						: s == sessions.size() - missed ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
				delivery.recordAttendance(cohortId, sessions.get(s).sessionId(), participant.enrolmentId(), status,
						status == AttendanceStatus.EXCUSED ? "Ziek" : null, secretaryId);
			}
		}
	}

	private void recordOutcomes(long programmeId, List<DemoPerson> stories, long secretaryId) {
		Map<String, DemoPerson> byEmail = stories.stream().collect(Collectors.toMap(DemoPerson::email, p -> p));
		for (var award : delivery.awardsWithoutOutcome(programmeId)) {
			var person = people.findById(award.personId()).orElse(null);
			var story = person == null ? null : byEmail.get(person.email());
			if (story != null && story.outcome() != null) {
				delivery.recordOutcome(programmeId, award.id(), story.outcome(), story.roleTitle(),
						award.completedOn().plusMonths(3), secretaryId);
			}
		}
	}

	private record DemoPerson(String name, String email, @Nullable String organisation, @Nullable String jobTitle,
			int absences, @Nullable CareerOutcomeKind outcome, @Nullable String roleTitle) {
	}

}
