package org.traject.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.traject.evaluations.internal.EvaluationAnswers;
import org.traject.evaluations.internal.EvaluationForms;
import org.traject.evaluations.internal.EvaluationRounds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.jspecify.annotations.Nullable;
import org.traject.catalogue.AccreditationRegister;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.ProgrammeDetails;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.Sector;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.SeatRelease;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.cohorts.internal.Enrolments;
import org.traject.cohorts.internal.Manager;
import org.traject.delivery.AttendanceStatus;
import org.traject.delivery.CareerOutcomeKind;
import org.traject.delivery.internal.Attendance;
import org.traject.delivery.internal.CareerOutcomes;
import org.traject.delivery.internal.CompletionOutcome;
import org.traject.delivery.internal.Completions;
import org.traject.people.Actor;
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

	private final ApplicationContext context;

	/**
	 * The services a history is built through, as the test's application context has
	 * them.
	 */
	ReportHistory(ApplicationContext context) {
		this(context, context.getBean(ProgrammeEditing.class), context.getBean(CohortEditing.class),
				context.getBean(EnrolmentAdministration.class), context.getBean(Enrolments.class),
				context.getBean(Attendance.class), context.getBean(Completions.class),
				context.getBean(CareerOutcomes.class), context.getBean(People.class),
				context.getBean(JdbcClient.class));
	}

	private ReportHistory(ApplicationContext context, ProgrammeEditing programmes, CohortEditing cohorts,
			EnrolmentAdministration administration, Enrolments enrolments, Attendance attendance,
			Completions completions, CareerOutcomes outcomes, People people, JdbcClient jdbc) {
		this.programmes = programmes;
		this.cohorts = cohorts;
		this.administration = administration;
		this.enrolments = enrolments;
		this.attendance = attendance;
		this.completions = completions;
		this.outcomes = outcomes;
		this.people = people;
		this.jdbc = jdbc;
		this.context = context;
	}

	static LocalDate today() {
		return LocalDate.now(AMSTERDAM);
	}

	long programme(String language, Sector sector) {
		return programme(language, sector, null, null, false);
	}

	/**
	 * A programme accredited for a register with points (a positive completion renews the
	 * registration for four years), which may ask for a manager's approval.
	 */
	long programme(String language, Sector sector, @Nullable AccreditationRegister register,
			@Nullable BigDecimal points, boolean approval) {
		String slug = "report-" + UUID.randomUUID().toString().substring(0, 8);
		long id = programmes.create(new ProgrammeDetails(slug, "Report programme " + slug, "For the reports", language,
				ProgrammeFormat.TALENT_PROGRAMME, Set.of(), Set.of(sector), "", "", "", "", "", 0, "EUR", register,
				points, register == null ? null : 4, approval, null));
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
		return past(programmeId, capacity, sessions, 40);
	}

	/**
	 * A cohort that began the given number of days ago and ended thirty days after it
	 * began.
	 */
	Past past(long programmeId, int capacity, int sessions, int daysAgo) {
		LocalDate start = today().minusDays(daysAgo);
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
		return enrol(cohortId, person(name));
	}

	/** The person signed up for the cohort by a secretary; returns the enrolment. */
	Enrolled enrol(long cohortId, People.PersonView person) {
		var outcome = administration.enrol(cohortId, person.id(), SECRETARY, null);
		return new Enrolled(outcome.enrolmentId(), person.id(), outcome.status().name());
	}

	/**
	 * The person signs up themselves, naming their manager (a programme that asks for
	 * approval waits for it).
	 */
	Enrolled signUp(long cohortId, String name) {
		var person = person(name);
		var outcome = enrolments.signUp(cohortId, Actor.participant(person.id(), name),
				new Manager("Mara Manager", "mara-" + UUID.randomUUID() + "@example.org"));
		return new Enrolled(outcome.enrolmentId(), person.id(), outcome.status().name());
	}

	/** A new participant account with a unique address. */
	People.PersonView person(String name) {
		return account(
				name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "-" + UUID.randomUUID() + "@example.org",
				name);
	}

	/** The participant account with this address (made when there is none). */
	People.PersonView account(String email, String name) {
		return people.ensureAccount(email, name, Locale.ENGLISH, null, Set.of(Role.PARTICIPANT), "School", "Teacher");
	}

	/**
	 * Moves the moment the enrolment was made, and its request for approval if any, back
	 * by the given number of hours, as if it had been made that much earlier.
	 */
	void madeEarlier(Enrolled e, int hours) {
		jdbc.sql("update enrolment set requested_at = requested_at - make_interval(hours => :h) where id = :id")
			.param("h", hours)
			.param("id", e.enrolmentId())
			.update();
		jdbc.sql("""
				update enrolment_event set occurred_at = occurred_at - make_interval(hours => :h)
				where enrolment_id = :id and change = 'APPROVAL_REQUESTED'""")
			.param("h", hours)
			.param("id", e.enrolmentId())
			.update();
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

	/**
	 * Records a career outcome that happened the given number of days after completion.
	 */
	void outcomeAfter(long programmeId, long awardId, CareerOutcomeKind kind, int days) {
		outcomes.record(programmeId, awardId, kind, kind == CareerOutcomeKind.NONE_YET ? null : "Director",
				completedOn(awardId).plusDays(days), null);
	}

	LocalDate completedOn(long awardId) {
		return jdbc.sql("select completed_on from delivery_award where id = :id")
			.param("id", awardId)
			.query(LocalDate.class)
			.single();
	}

	/**
	 * Holds the cohort's evaluation (after its last session, on the given day) and lets
	 * the first participants answer it through their emailed links: each answer gives
	 * every scale question the score listed for it (the choice question its first
	 * option). Returns the round's id.
	 */
	long evaluate(long programmeId, Past cohort, LocalDate heldOn, int... scores) {
		var forms = context.getBean(EvaluationForms.class);
		var form = forms.current(programmeId, "en");
		var rounds = context.getBean(EvaluationRounds.class);
		rounds.open(new EvaluationRounds.Due(cohort.id(), programmeId, null, form.id(), heldOn, "Programme", "Code"),
				Instant.now());
		long round = jdbc.sql("select id from evaluation_round where cohort_id = :c")
			.param("c", cohort.id())
			.query(Long.class)
			.single();
		var emails = jdbc.sql("""
				select o.recipient from evaluation_invitation i
				join person p on p.id = i.person_id
				join outgoing_email o on o.recipient = p.email and o.kind = 'evaluation-invitation'
				                     and o.event_id = 'evaluation-invitation-' || i.id
				where i.round_id = :r order by i.id""").param("r", round).query(String.class).list();
		var answers = context.getBean(EvaluationAnswers.class);
		for (int a = 0; a < scores.length; a++) {
			String body = jdbc.sql("""
					select text_body from outgoing_email where recipient = :to and kind = 'evaluation-invitation'
					order by id desc limit 1""").param("to", emails.get(a)).query(String.class).single();
			var m = java.util.regex.Pattern.compile("/evaluation/([A-Za-z0-9_-]{43})").matcher(body);
			m.find();
			var given = new java.util.HashMap<Long, String>();
			for (var q : form.questions()) {
				switch (q.kind()) {
					case SCALE -> given.put(q.id(), Integer.toString(scores[a]));
					case CHOICE -> given.put(q.id(), "0");
					case TEXT -> given.put(q.id(), "Answer " + a);
				}
			}
			answers.answer(m.group(1), given);
		}
		return round;
	}

	private static String code(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	record Past(long id, LocalDate start, List<Long> sessions) {
	}

	record Enrolled(long enrolmentId, long personId, String initialStatus) {
	}

}
