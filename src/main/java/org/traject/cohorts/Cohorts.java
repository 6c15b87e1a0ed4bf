package org.traject.cohorts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.people.Actor;
import org.traject.cohorts.internal.Cohort;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.CohortMessages;
import org.traject.cohorts.internal.CohortRepository;
import org.traject.cohorts.internal.CohortSession;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.cohorts.internal.Enrolments;
import org.traject.cohorts.internal.InterestLists;
import org.traject.cohorts.internal.Manager;
import org.traject.cohorts.internal.SessionCalendar;

/**
 * The cohorts module's facade: cohorts and their sessions as read-only views, a cohort's
 * roster and overview, a person's enrolments; and the few changes other modules make
 * (delivery closes a completed cohort; the demo data plans cohorts and enrols people).
 * The {@code import} methods bring in what happened elsewhere (another system, the demo
 * data), which a page would refuse or date today: a sign-up made before the enrolment
 * window opened, an interest registration with its own date.
 */
@Service
public class Cohorts {

	private final CohortRepository cohorts;

	private final Enrolments enrolmentViews;

	private final EnrolmentAdministration administration;

	private final CohortEditing editing;

	private final SessionCalendar calendar;

	private final CohortMessages messages;

	private final InterestLists interestLists;

	Cohorts(CohortRepository cohorts, Enrolments enrolmentViews, EnrolmentAdministration administration,
			CohortEditing editing, SessionCalendar calendar, CohortMessages messages, InterestLists interestLists) {
		this.interestLists = interestLists;
		this.calendar = calendar;
		this.messages = messages;
		this.cohorts = cohorts;
		this.enrolmentViews = enrolmentViews;
		this.administration = administration;
		this.editing = editing;
	}

	@Transactional(readOnly = true)
	public Optional<CohortView> find(long cohortId) {
		return cohorts.findWithSessions(cohortId).map(CohortView::of);
	}

	/**
	 * Upcoming planned, open or running cohorts of a programme with their sessions, in
	 * one statement.
	 */
	@Transactional(readOnly = true)
	public List<CohortView> upcoming(long programmeId) {
		return cohorts.findUpcoming(programmeId, List.of(CohortStatus.PLANNED, CohortStatus.OPEN, CohortStatus.RUNNING))
			.stream()
			.map(CohortView::of)
			.toList();
	}

	/** A programme's cohorts, oldest first. */
	@Transactional(readOnly = true)
	public List<CohortView> ofProgramme(long programmeId) {
		return editing.ofProgramme(programmeId);
	}

	/**
	 * The cohort's enrolments (every status) with the people's names, in the order they
	 * were requested.
	 */
	@Transactional(readOnly = true)
	public CohortRoster roster(long cohortId) {
		return administration.publishedRoster(cohortId);
	}

	/** Every cohort with its counts, in one statement. */
	@Transactional(readOnly = true)
	public List<CohortOverview> overview() {
		return administration.overview();
	}

	/** The cohorts neither completed nor cancelled, with their counts. */
	@Transactional(readOnly = true)
	public List<CohortOverview> currentOverview() {
		return administration.currentOverview();
	}

	/**
	 * The sessions of every cohort that goes ahead starting from {@code from} and before
	 * {@code to}, earliest first, in a fixed number of statements. (Modulith's Javadoc
	 * reader counts brackets, so no half-open interval notation here.)
	 */
	@Transactional(readOnly = true)
	public List<ScheduledSession> sessionsBetween(Instant from, Instant to) {
		return calendar.between(from, to);
	}

	/**
	 * A message a secretary sent to a cohort, with every recipient as addressed when it
	 * was sent; empty for an unknown id.
	 */
	@Transactional(readOnly = true)
	public Optional<CohortMessage> message(long messageId) {
		return messages.find(messageId);
	}

	/** A person's enrolments, newest first. */
	@Transactional(readOnly = true)
	public List<EnrolmentView> enrolmentsOf(long personId) {
		return enrolmentViews.ofPerson(personId);
	}

	/**
	 * Marks the cohort completed (delivery does so once every participant has a
	 * completion decision).
	 */
	@Transactional
	public void complete(long cohortId, long version) {
		editing.changeStatus(cohortId, version, CohortStatus.COMPLETED);
	}

	/**
	 * Opens a planned cohort for enrolment, as a secretary does (the programme's interest
	 * list is invited after the commit); a cohort that is open stays as it is.
	 */
	@Transactional
	public void openForEnrolment(long cohortId, long version) {
		editing.openForEnrolment(cohortId, version);
	}

	/** Plans a cohort of a programme; returns its id. */
	@Transactional
	public long plan(long programmeId, CohortSettings settings) {
		return editing.create(programmeId, settings);
	}

	/** Adds a session to a cohort; returns its id. */
	@Transactional
	public long addSession(long cohortId, @Nullable Long programmeModuleId, String title, Instant startsAt,
			Instant endsAt, @Nullable String location) {
		return editing.addSession(cohortId, programmeModuleId, title, startsAt, endsAt, location);
	}

	/**
	 * Moves a session of a cohort to another time or place; false when the cohort has no
	 * such session. Calendars that subscribed to it see the change (its sequence grows).
	 */
	@Transactional
	public boolean moveSession(long cohortId, long sessionId, Instant startsAt, Instant endsAt,
			@Nullable String location) {
		return editing.moveSession(cohortId, sessionId, startsAt, endsAt, location);
	}

	/**
	 * Enrols a person on the system's behalf, as a secretary would (no window, no
	 * approval).
	 */
	@Transactional
	public void enrol(long cohortId, long personId) {
		administration.enrol(cohortId, personId, Actor.system(), null);
	}

	/**
	 * Imports a person's own sign-up, made before the cohort's enrolment window opened
	 * (in another system, or the demo data's "already signed up"): placed by the same
	 * rules as the sign-up form (a seat if one is free and nobody waits, else the end of
	 * the waitlist; with a manager, waiting for their approval, who is asked by email),
	 * and recorded as the person's own. Returns the enrolment's id.
	 * @param managerName with {@code managerEmail}, or both null
	 */
	@Transactional
	public long importSignUp(long cohortId, long personId, @Nullable String managerName,
			@Nullable String managerEmail) {
		var manager = managerName == null || managerEmail == null ? null : new Manager(managerName, managerEmail);
		return administration.importSignUp(cohortId, personId, manager).enrolmentId();
	}

	/**
	 * The participant cancels their own enrolment, as on their enrolments page; a seat
	 * they held goes to the waitlist at once.
	 */
	@Transactional
	public void cancelOwn(long enrolmentId, Actor participant, @Nullable String reason) {
		enrolmentViews.cancel(enrolmentId, participant, reason);
	}

	/** Whether anyone is on the programme's interest list (waiting or invited). */
	@Transactional(readOnly = true)
	public boolean hasInterestList(long programmeId) {
		return !interestLists.ofProgramme(programmeId).lines().isEmpty();
	}

	/**
	 * Imports a confirmed registration on a programme's interest list, kept elsewhere
	 * since {@code registeredAt} (another system, the demo data): waiting, in the order
	 * of that date. Nobody is emailed. False when the address is on the list already.
	 */
	@Transactional
	public boolean importInterest(long programmeId, String email, Locale language, Instant registeredAt) {
		return interestLists.importWaiting(programmeId, email, language, registeredAt);
	}

	/** A cohort as other modules and pages see it. */
	public record CohortView(long id, long programmeId, String code, LocalDate startDate, LocalDate endDate,
			@org.jspecify.annotations.Nullable String location, boolean online, String timeZone, int capacity,
			int minParticipants, @org.jspecify.annotations.Nullable LocalDate enrolmentOpens,
			@org.jspecify.annotations.Nullable LocalDate enrolmentCloses, CohortStatus status, SeatRelease seatRelease,
			int offerHours, int confirmedCount, long version, List<SessionView> sessions) {

		public static CohortView of(Cohort c) {
			return new CohortView(c.getId(), c.getProgrammeId(), c.getCode(), c.getStartDate(), c.getEndDate(),
					c.getLocation(), c.isOnline(), c.getTimeZone(), c.getCapacity(), c.getMinParticipants(),
					c.getEnrolmentOpens(), c.getEnrolmentCloses(), c.getStatus(), c.getSeatRelease(), c.getOfferHours(),
					c.getConfirmedCount(), c.getVersion(), c.getSessions().stream().map(SessionView::of).toList());
		}

		public java.time.ZoneId zone() {
			return java.time.ZoneId.of(timeZone);
		}

		public int seatsLeft() {
			return Math.max(0, capacity - confirmedCount);
		}

		public boolean isFull() {
			return confirmedCount >= capacity;
		}

		/**
		 * Open, but its enrolment window opens on a later day ({@link #enrolmentOpens}):
		 * sign-up is not possible yet.
		 */
		public boolean signUpOpensLater() {
			LocalDate today = LocalDate.now(java.time.ZoneId.of(timeZone));
			return status == CohortStatus.OPEN && enrolmentOpens != null && today.isBefore(enrolmentOpens)
					&& !today.isAfter(startDate);
		}

		public boolean acceptsEnrolment() {
			return acceptsEnrolment(status, enrolmentOpens, enrolmentCloses, startDate,
					LocalDate.now(java.time.ZoneId.of(timeZone)));
		}

		/**
		 * The one rule for "a cohort accepts enrolment on a day": open, inside its
		 * enrolment window, not yet started. The programme page's sign-up button and the
		 * enrolment rules under the row lock both ask it.
		 */
		public static boolean acceptsEnrolment(CohortStatus status, @Nullable LocalDate opens,
				@Nullable LocalDate closes, LocalDate startDate, LocalDate day) {
			return status == CohortStatus.OPEN && (opens == null || !day.isBefore(opens))
					&& (closes == null || !day.isAfter(closes)) && !day.isAfter(startDate);
		}
	}

	public record SessionView(long id, @org.jspecify.annotations.Nullable Long programmeModuleId, String title,
			java.time.Instant startsAt, java.time.Instant endsAt, @org.jspecify.annotations.Nullable String location) {

		public static SessionView of(CohortSession s) {
			return new SessionView(s.getId(), s.getProgrammeModuleId(), s.getTitle(), s.getStartsAt(), s.getEndsAt(),
					s.getLocation());
		}
	}

}
