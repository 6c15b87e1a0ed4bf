package org.traject.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.internal.ProgrammeDetails;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.internal.Sector;
import org.traject.people.Actor;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.cohorts.internal.Enrolments;
import org.traject.cohorts.SeatRelease;
import org.traject.delivery.internal.Attendance;
import org.traject.delivery.internal.AttendanceStatus;
import org.traject.delivery.internal.CareerOutcomeKind;
import org.traject.delivery.internal.CareerOutcomes;
import org.traject.delivery.internal.CompletionOutcome;
import org.traject.delivery.internal.Completions;
import org.traject.people.People;
import org.traject.people.Role;

/**
 * Builds a programme with a known history through the modules' own services (sign-ups,
 * waitlists, offers, moves, cancellations, attendance, completion, career outcomes), so
 * that every figure of the reports can be checked exactly. Each programme is new, so
 * other tests' data never counts.
 */
class ReportHistory {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final Actor SECRETARY = new Actor(Actor.Capacity.SECRETARY, null, "Report Secretary");

	private final ProgrammeEditing programmes;

	private final CohortEditing cohorts;

	private final EnrolmentAdministration administration;

	private final Enrolments enrolments;

	private final Attendance attendance;

	private final Completions completions;

	private final CareerOutcomes outcomes;

	private final People people;

	private final JdbcClient jdbc;

	/**
	 * The services a history is built through, as the test's application context has
	 * them.
	 */
	ReportHistory(ApplicationContext context) {
		this(context.getBean(ProgrammeEditing.class), context.getBean(CohortEditing.class),
				context.getBean(EnrolmentAdministration.class), context.getBean(Enrolments.class),
				context.getBean(Attendance.class), context.getBean(Completions.class),
				context.getBean(CareerOutcomes.class), context.getBean(People.class),
				context.getBean(JdbcClient.class));
	}

	ReportHistory(ProgrammeEditing programmes, CohortEditing cohorts, EnrolmentAdministration administration,
			Enrolments enrolments, Attendance attendance, Completions completions, CareerOutcomes outcomes,
			People people, JdbcClient jdbc) {
		this.programmes = programmes;
		this.cohorts = cohorts;
		this.administration = administration;
		this.enrolments = enrolments;
		this.attendance = attendance;
		this.completions = completions;
		this.outcomes = outcomes;
		this.people = people;
		this.jdbc = jdbc;
	}

	static LocalDate today() {
		return LocalDate.now(AMSTERDAM);
	}

	long programme(String language, Sector sector) {
		String slug = "report-" + UUID.randomUUID().toString().substring(0, 8);
		long id = programmes.create(new ProgrammeDetails(slug, "Report programme " + slug, "For the reports", language,
				ProgrammeFormat.TALENT_PROGRAMME, Set.of(), Set.of(sector), "", "", "", "", "", 0, "EUR", null, null,
				null, false, null));
		programmes.addModule(id, ModuleType.THEME_DAY, "Theme day", BigDecimal.ONE, "");
		return id;
	}

	/** A cohort open for enrolment, starting in a month. */
	long upcoming(long programmeId, int capacity, SeatRelease release) {
		LocalDate today = today();
		long id = cohorts.create(programmeId, new CohortSettings(code("Up"), today.plusDays(30), today.plusDays(60),
				"Utrecht", false, AMSTERDAM.getId(), capacity, 0, today.minusDays(5), today.plusDays(20), release, 48));
		cohorts.openForEnrolment(id, cohorts.find(id).orElseThrow().version());
		return id;
	}

	/** A cohort that began forty days ago, with the given number of full-day sessions. */
	Past past(long programmeId, int capacity, int sessions) {
		LocalDate start = today().minusDays(40);
		long id = cohorts.create(programmeId,
				new CohortSettings(code("Past"), start, start.plusDays(30), "Utrecht", false, AMSTERDAM.getId(),
						capacity, 0, start.minusDays(30), start.minusDays(2), SeatRelease.CONFIRM_NEXT, 48));
		var ids = new ArrayList<Long>();
		for (int s = 0; s < sessions; s++) {
			LocalDate day = start.plusDays(5L * s);
			ids.add(cohorts.addSession(id, null, "Day " + (s + 1),
					day.atTime(LocalTime.of(9, 0)).atZone(AMSTERDAM).toInstant(),
					day.atTime(LocalTime.of(16, 0)).atZone(AMSTERDAM).toInstant(), null));
		}
		return new Past(id, start, List.copyOf(ids));
	}

	/** A new person signed up for the cohort by a secretary; returns the enrolment. */
	Enrolled enrol(long cohortId, String name) {
		String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "-" + UUID.randomUUID()
				+ "@example.org";
		var person = people.ensureAccount(email, name, Locale.ENGLISH, null, Set.of(Role.PARTICIPANT), "School",
				"Teacher");
		var outcome = administration.enrol(cohortId, person.id(), SECRETARY, null);
		return new Enrolled(outcome.enrolmentId(), person.id(), outcome.status().name());
	}

	void cancelByParticipant(Enrolled e, String reason) {
		enrolments.cancel(e.enrolmentId(), Actor.participant(e.personId(), "Participant"), reason);
	}

	void cancelBySecretary(long cohortId, Enrolled e, String reason) {
		administration.cancel(cohortId, e.enrolmentId(), SECRETARY, reason);
	}

	void accept(Enrolled e) {
		enrolments.acceptOffer(e.enrolmentId(), Actor.participant(e.personId(), "Participant"));
	}

	/**
	 * Lets the offer's deadline pass without waiting, then runs what the expiry job runs.
	 */
	void letOfferExpire(Enrolled e) {
		jdbc.sql(
				"update enrolment set offer_expires_at = now() - interval '1 minute' where id = :id and status = 'OFFERED'")
			.param("id", e.enrolmentId())
			.update();
		enrolments.expireOffer(e.enrolmentId());
	}

	void move(long from, Enrolled e, long to) {
		administration.moveToCohort(from, e.enrolmentId(), to, SECRETARY, "Better dates");
	}

	String status(Enrolled e) {
		return enrolments.outcome(e.enrolmentId()).orElseThrow().status().name();
	}

	void attend(Past cohort, int session, Enrolled e, AttendanceStatus status) {
		attendance.record(cohort.id(), cohort.sessions().get(session), e.enrolmentId(), status,
				status == AttendanceStatus.EXCUSED ? "Ill" : null, e.personId());
	}

	/**
	 * Completes the participant (with a note, since the rule may not be met) and returns
	 * the award's id.
	 */
	long complete(Past cohort, Enrolled e) {
		return completions
			.decide(cohort.id(), e.enrolmentId(), CompletionOutcome.COMPLETED, "Agreed with the board", null)
			.id();
	}

	void notComplete(Past cohort, Enrolled e) {
		completions.decide(cohort.id(), e.enrolmentId(), CompletionOutcome.NOT_COMPLETED, null, null);
	}

	void outcome(long programmeId, long awardId, CareerOutcomeKind kind) {
		outcomes.record(programmeId, awardId, kind, kind == CareerOutcomeKind.NONE_YET ? null : "Director",
				today().minusDays(1), null);
	}

	private static String code(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	record Past(long id, LocalDate start, List<Long> sessions) {
	}

	record Enrolled(long enrolmentId, long personId, String initialStatus) {
	}

}
