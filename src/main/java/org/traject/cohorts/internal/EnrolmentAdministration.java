package org.traject.cohorts.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.Catalogue;
import org.traject.people.Actor;
import org.traject.cohorts.CohortCancelled;
import org.traject.cohorts.CohortConfirmed;
import org.traject.cohorts.CohortDecision;
import org.traject.cohorts.CohortOverview;
import org.traject.cohorts.CohortRoster;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.EnrolmentMoved;
import org.traject.cohorts.EnrolmentStatus;
import org.traject.cohorts.Placement;
import org.traject.cohorts.WaitlistPositionChanged;
import org.traject.people.People;
import org.traject.people.Role;

/**
 * The course secretary's work on enrolments: enrol by hand, cancel, reorder the waitlist,
 * promote, move between cohorts of a programme, decide on a cohort below its minimum. The
 * same rules as the participant's side apply (the cohort's row lock, the database's seat
 * counter, the history), except that a secretary may act outside the enrolment window and
 * promotes by hand when automatic promotion has stopped.
 */
@Service
public class EnrolmentAdministration {

	private final SeatLedger seats;

	private final EnrolmentRules rules;

	private final EnrolmentRepository enrolments;

	private final EnrolmentHistoryRepository history;

	private final CohortRepository cohorts;

	private final People people;

	private final Catalogue catalogue;

	private final InterestLists interestLists;

	private final CohortOverviews overviews;

	private final JdbcClient jdbc;

	EnrolmentAdministration(SeatLedger seats, EnrolmentRules rules, EnrolmentRepository enrolments,
			EnrolmentHistoryRepository history, CohortRepository cohorts, People people, Catalogue catalogue,
			InterestLists interestLists, CohortOverviews overviews, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.seats = seats;
		this.rules = rules;
		this.enrolments = enrolments;
		this.history = history;
		this.cohorts = cohorts;
		this.people = people;
		this.catalogue = catalogue;
		this.interestLists = interestLists;
		this.overviews = overviews;
	}

	/**
	 * Enrols an existing person by hand: a seat if one is free and nobody waits, else the
	 * end of the waitlist. No enrolment window and no manager approval apply.
	 * @throws EnrolmentRefusedException ALREADY_ENROLLED, COHORT_CLOSED
	 */
	@Transactional
	public SignUpOutcome enrol(long cohortId, long personId, Actor secretary, @Nullable String reason) {
		people.findById(personId).orElseThrow(() -> new NoSuchElementException("No person " + personId));
		var cohort = seats.lock(cohortId);
		EnrolmentRules.requireChangeable(cohort);
		return rules.enter(cohort, personId, null, secretary, Placement.SECRETARY, reason);
	}

	/**
	 * A sign-up the person made elsewhere, before the enrolment window opened (see
	 * {@link Cohorts#importSignUp}): placed as the sign-up form places it, recorded as
	 * the person's own.
	 * @throws EnrolmentRefusedException ALREADY_ENROLLED, COHORT_CLOSED
	 */
	@Transactional
	public SignUpOutcome importSignUp(long cohortId, long personId, @Nullable Manager manager) {
		var person = people.findById(personId).orElseThrow(() -> new NoSuchElementException("No person " + personId));
		var cohort = seats.lock(cohortId);
		EnrolmentRules.requireChangeable(cohort);
		return rules.enter(cohort, personId, manager, Actor.participant(personId, person.displayName()),
				Placement.SIGN_UP, null);
	}

	/**
	 * Creates an account for a person (no password yet; they set one through "forgot
	 * password") and enrols them. An existing account with the same email address is
	 * enrolled as it is.
	 */
	@Transactional
	public SignUpOutcome enrolNewPerson(long cohortId, NewPerson person, Actor secretary) {
		var account = people.ensureAccount(person.email(), person.name(), person.language(), null,
				Set.of(Role.PARTICIPANT), person.organisation(), person.jobTitle());
		return enrol(cohortId, account.id(), secretary, null);
	}

	/**
	 * Cancels an enrolment with a reason; a seat it held goes to the waitlist at once
	 * (while enrolment is open).
	 */
	@Transactional
	public void cancel(long cohortId, long enrolmentId, Actor secretary, String reason) {
		var locked = lockedIn(cohortId, enrolmentId);
		EnrolmentRules.requireChangeable(locked.cohort());
		rules.cancel(locked.cohort(), locked.enrolment(), secretary, reason);
	}

	/**
	 * Moves a waitlisted enrolment one place up ({@code -1}) or down ({@code +1}). Both
	 * people whose place changes get a history entry with the reason.
	 * @throws EnrolmentRefusedException NOT_WAITLISTED
	 */
	@Transactional
	public void moveOnWaitlist(long cohortId, long enrolmentId, int steps, Actor secretary, String reason) {
		var locked = lockedIn(cohortId, enrolmentId);
		EnrolmentRules.requireChangeable(locked.cohort());
		if (locked.enrolment().getStatus() != EnrolmentStatus.WAITLISTED) {
			throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.NOT_WAITLISTED);
		}
		var waitlist = new ArrayList<>(enrolments.waitlist(cohortId));
		int from = waitlist.indexOf(locked.enrolment());
		int to = Math.max(0, Math.min(waitlist.size() - 1, from + steps));
		if (from == to) {
			return;
		}
		var before = waitlist.stream().collect(Collectors.toMap(Enrolment::getId, Enrolment::getWaitlistPosition));
		waitlist.remove(from);
		waitlist.add(to, locked.enrolment());
		var cohort = locked.cohort();
		for (int i = 0; i < waitlist.size(); i++) {
			var enrolment = waitlist.get(i);
			int was = before.get(enrolment.getId());
			if (was != i + 1) {
				var entry = rules.record(enrolment.moveOnWaitlist(was, i + 1, secretary, reason));
				rules.publish(new WaitlistPositionChanged(entry.getId(), enrolment.getId(), cohort.id(),
						cohort.programmeId(), enrolment.getPersonId(), was, i + 1, entry.getReason()));
			}
		}
	}

	/**
	 * Gives a waitlisted person a free seat, confirmed, whatever the enrolment window
	 * (this is how people are promoted once enrolment has closed).
	 * @throws EnrolmentRefusedException NOT_WAITLISTED, NO_FREE_SEAT, COHORT_CLOSED
	 */
	@Transactional
	public void promote(long cohortId, long enrolmentId, Actor secretary, @Nullable String reason) {
		var locked = lockedIn(cohortId, enrolmentId);
		var enrolment = locked.enrolment();
		EnrolmentRules.requireChangeable(locked.cohort());
		if (enrolment.getStatus() != EnrolmentStatus.WAITLISTED) {
			throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.NOT_WAITLISTED);
		}
		if (!seats.takeSeat(cohortId)) {
			throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.NO_FREE_SEAT);
		}
		rules.confirm(locked.cohort(), enrolment, Placement.PROMOTION, secretary, reason);
		rules.renumber(enrolments.waitlist(cohortId));
	}

	/**
	 * Moves an active enrolment to another cohort of the same programme, keeping its
	 * history: there it takes a seat if one is free and nobody waits, else the end of the
	 * waitlist (one awaiting approval keeps waiting). What it held in the old cohort is
	 * freed, and a freed seat there goes to its waitlist.
	 * @throws EnrolmentRefusedException NO_LONGER_ACTIVE, OTHER_PROGRAMME,
	 * ALREADY_ENROLLED_THERE, COHORT_CLOSED
	 */
	@Transactional
	public void moveToCohort(long cohortId, long enrolmentId, long targetCohortId, Actor secretary,
			@Nullable String reason) {
		if (cohortId == targetCohortId) {
			return;
		}
		// two cohort locks, always taken in id order, so that two opposite moves cannot
		// deadlock
		CohortState source;
		CohortState target;
		if (cohortId < targetCohortId) {
			source = seats.lock(cohortId);
			target = seats.lock(targetCohortId);
		}
		else {
			target = seats.lock(targetCohortId);
			source = seats.lock(cohortId);
		}
		var enrolment = enrolments.findById(enrolmentId)
			.filter(e -> e.getCohortId() == cohortId)
			.orElseThrow(() -> new NoSuchElementException("No enrolment " + enrolmentId + " in cohort " + cohortId));
		if (!enrolment.getStatus().isActive()) {
			throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.NO_LONGER_ACTIVE);
		}
		if (source.programmeId() != target.programmeId()) {
			throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.OTHER_PROGRAMME);
		}
		// neither out of a completed or cancelled cohort nor into one
		EnrolmentRules.requireChangeable(source);
		EnrolmentRules.requireChangeable(target);
		if (enrolments.hasActiveEnrolment(targetCohortId, enrolment.getPersonId())) {
			throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.ALREADY_ENROLLED_THERE);
		}
		EnrolmentStatus previous = enrolment.getStatus();
		var entry = rules.record(enrolment.moveToCohort(targetCohortId, secretary, reason));
		if (previous != EnrolmentStatus.AWAITING_APPROVAL) {
			rules.place(target, enrolment, secretary, Placement.MOVE, false, null);
		}
		rules.publish(new EnrolmentMoved(entry.getId(), enrolment.getId(), targetCohortId, target.programmeId(),
				enrolment.getPersonId(), cohortId, enrolment.getStatus(), enrolment.getWaitlistPosition(),
				entry.getReason()));
		rules.left(source, enrolment, previous);
	}

	/**
	 * Hands free seats to the waitlist, as the rules do after a cancellation: called when
	 * a cohort's capacity is raised or it opens again. Does nothing once enrolment has
	 * closed or the cohort has started.
	 */
	@Transactional
	public void passFreeSeats(long cohortId) {
		rules.fillFreeSeats(seats.lock(cohortId), true);
	}

	/** Records that a cohort below its minimum goes ahead anyway. */
	@Transactional
	public void confirmCohort(long cohortId, Actor secretary, @Nullable String reason) {
		var cohort = seats.lock(cohortId);
		if (cohort.status() == CohortStatus.CANCELLED || overviews.decision(cohortId).isPresent()) {
			throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.COHORT_CLOSED);
		}
		overviews.recordDecision(cohortId, "GOES_AHEAD", reason, secretary.personId());
		rules.publish(new CohortConfirmed(cohortId, cohort.programmeId(), reason));
	}

	/**
	 * Cancels a cohort and, with it, every active enrolment in it (each with its own
	 * history entry and event).
	 */
	@Transactional
	public void cancelCohort(long cohortId, Actor secretary, String reason) {
		var cohort = seats.lock(cohortId);
		EnrolmentRules.requireChangeable(cohort);
		seats.cancelCohort(cohortId);
		var closed = new CohortState(cohort.id(), cohort.programmeId(), cohort.capacity(), cohort.seatsHeld(),
				CohortStatus.CANCELLED, cohort.seatRelease(), cohort.offerHours(), cohort.enrolmentOpens(),
				cohort.enrolmentCloses(), cohort.startDate(), cohort.timeZone());
		// the waitlist goes first, so that no seat freed by a cancellation is handed to
		// it meanwhile
		var active = enrolments.findByCohortIdOrderByRequestedAtAscIdAsc(cohortId)
			.stream()
			.filter(e -> e.getStatus().isActive())
			.sorted(Comparator.comparing((Enrolment e) -> e.getStatus() != EnrolmentStatus.WAITLISTED)
				.thenComparing(e -> e.getWaitlistPosition() == null ? 0 : -e.getWaitlistPosition()))
			.toList();
		for (var enrolment : active) {
			rules.cancel(closed, enrolment, secretary, reason);
		}
		overviews.recordDecision(cohortId, "CANCELLED", reason, secretary.personId());
		rules.publish(new CohortCancelled(cohortId, cohort.programmeId(), reason));
	}

	/**
	 * Sends the programme's interest list an invitation to this open cohort; returns how
	 * many were invited.
	 */
	@Transactional
	public int inviteInterestList(long cohortId) {
		return interestLists.invite(cohortId);
	}

	/** A page of the cohort overview (see {@link CohortOverviews#page}). */
	@Transactional(readOnly = true)
	public CohortOverviews.CohortPage overviewPage(CohortOverviews.CohortQuery query, int pageSize) {
		return overviews.page(query, pageSize);
	}

	@Transactional(readOnly = true)
	public List<CohortOverviews.ProgrammeOption> programmesWithCohorts() {
		return overviews.programmesWithCohorts();
	}

	/** Every cohort with its counts, in one statement (see {@link CohortOverviews}). */
	@Transactional(readOnly = true)
	public List<CohortOverview> overview() {
		return overviews.list(false);
	}

	/**
	 * The cohorts neither completed nor cancelled, with their counts: what the start
	 * pages look at. Over the years most cohorts are past, and each start page used to
	 * count every enrolment of every one of them.
	 */
	@Transactional(readOnly = true)
	public List<CohortOverview> currentOverview() {
		return overviews.list(true);
	}

	/**
	 * The cohort's roster, waitlist, pending approvals and ended enrolments. Histories
	 * are not part of it: a roster of hundreds is read and rendered for every action, and
	 * a history is looked at one enrolment at a time ({@link #enrolment}).
	 */
	@Transactional(readOnly = true)
	public Roster roster(long cohortId) {
		var cohort = cohorts.findWithSessions(cohortId)
			.map(Cohorts.CohortView::of)
			.orElseThrow(() -> new NoSuchElementException("No cohort " + cohortId));
		var programme = catalogue.find(cohort.programmeId()).orElseThrow();
		// a projection, not entities: a roster of hundreds is read for every action on it
		var rows = jdbc.sql("""
				select id, person_id, status, waitlist_position, requested_at, status_changed_at, offer_expires_at,
				       manager_name, manager_email
				from enrolment where cohort_id = :cohort order by requested_at, id""")
			.param("cohort", cohortId)
			.query((rs, n) -> new RosterRow(rs.getLong(1), rs.getLong(2), EnrolmentStatus.valueOf(rs.getString(3)),
					(Integer) rs.getObject(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
					rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8),
					rs.getString(9)))
			.list();
		var persons = people.findAllById(rows.stream().map(RosterRow::personId).distinct().toList());
		var lines = rows.stream().map(r -> r.line(cohortId, persons.get(r.personId()))).toList();
		return Roster.of(cohort, programme, lines, interestLists.waitingCount(cohort.programmeId()),
				overviews.decision(cohortId).orElse(null));
	}

	/** One enrolment of a roster as the database has it. */
	private record RosterRow(long id, long personId, EnrolmentStatus status, @Nullable Integer waitlistPosition,
			Instant requestedAt, Instant statusChangedAt, @Nullable Instant offerExpiresAt,
			@Nullable String managerName, @Nullable String managerEmail) {

		RosterLine line(long cohortId, People.@Nullable PersonView person) {
			return RosterLine.of(cohortId, id, personId, person, status, waitlistPosition, requestedAt, statusChangedAt,
					offerExpiresAt, managerName, managerEmail);
		}
	}

	/**
	 * The roster other modules read (see {@link Cohorts#roster}): every enrolment with
	 * its person, no history.
	 */
	@Transactional(readOnly = true)
	public CohortRoster publishedRoster(long cohortId) {
		var cohort = cohorts.findWithSessions(cohortId)
			.map(Cohorts.CohortView::of)
			.orElseThrow(() -> new NoSuchElementException("No cohort " + cohortId));
		var programme = catalogue.find(cohort.programmeId()).orElseThrow();
		var all = enrolments.findByCohortIdOrderByRequestedAtAscIdAsc(cohortId);
		var persons = people.findAllById(all.stream().map(Enrolment::getPersonId).distinct().toList());
		var lines = all.stream().map(e -> {
			var person = persons.get(e.getPersonId());
			return new CohortRoster.Participant(e.getId(), e.getPersonId(), person == null ? "" : person.displayName(),
					person == null ? "" : person.email(), person == null ? null : person.organisation(), e.getStatus());
		}).toList();
		return new CohortRoster(cohort, programme, lines);
	}

	/**
	 * One enrolment of the cohort with its history and what a secretary can do with it.
	 */
	@Transactional(readOnly = true)
	public EnrolmentDetail enrolment(long cohortId, long enrolmentId) {
		var enrolment = enrolments.findById(enrolmentId)
			.filter(e -> e.getCohortId() == cohortId)
			.orElseThrow(() -> new NoSuchElementException("No enrolment " + enrolmentId + " in cohort " + cohortId));
		var cohort = cohorts.findWithSessions(cohortId).map(Cohorts.CohortView::of).orElseThrow();
		var programme = catalogue.find(cohort.programmeId()).orElseThrow();
		var person = people.findById(enrolment.getPersonId()).orElse(null);
		// an enrolment only ever moves between cohorts of its programme: their codes name
		// every step of its history
		var ofProgramme = cohorts.findByProgrammeIdOrderByStartDateAscIdAsc(cohort.programmeId());
		var codes = ofProgramme.stream().collect(Collectors.toMap(Cohort::getId, Cohort::getCode));
		var entries = Enrolments.historyViews(history.findOf(List.of(enrolmentId)), codes);
		var others = ofProgramme.stream()
			.filter(c -> c.getId() != cohortId && c.getStatus().allowsEnrolmentChanges())
			.map(c -> new OtherCohort(c.getId(), c.getCode(), c.getStartDate()))
			.toList();
		return new EnrolmentDetail(cohort, programme, line(enrolment, person), entries, others);
	}

	/** People to enrol by hand: those whose name or email contains the text. */
	@Transactional(readOnly = true)
	public List<People.PersonView> findPeople(String text) {
		return people.search(text, 20);
	}

	private static RosterLine line(Enrolment e, People.@Nullable PersonView person) {
		return RosterLine.of(e.getCohortId(), e.getId(), e.getPersonId(), person, e.getStatus(),
				e.getWaitlistPosition(), e.getRequestedAt(), e.getStatusChangedAt(), e.getOfferExpiresAt(),
				e.getManagerName(), e.getManagerEmail());
	}

	private EnrolmentRules.Locked lockedIn(long cohortId, long enrolmentId) {
		var locked = rules.lock(enrolmentId);
		if (locked.cohort().id() != cohortId) {
			throw new NoSuchElementException("No enrolment " + enrolmentId + " in cohort " + cohortId);
		}
		return locked;
	}

	/** A person a secretary creates while enrolling them. */
	public record NewPerson(String name, String email, @Nullable String organisation, @Nullable String jobTitle,
			Locale language) {
	}

	/**
	 * The cohort page of the secretary's console. Its parts (who holds a seat, the
	 * waitlist in order, ...) are sorted out once, when it is made: the page asks for
	 * each of them several times.
	 */
	public record Roster(Cohorts.CohortView cohort, Catalogue.ProgrammeView programme, List<RosterLine> lines,
			long interestListSize, @Nullable CohortDecision decision, List<RosterLine> seated,
			List<RosterLine> waitlist, List<RosterLine> awaitingApproval, List<RosterLine> ended, long confirmed) {

		static Roster of(Cohorts.CohortView cohort, Catalogue.ProgrammeView programme, List<RosterLine> lines,
				long interestListSize, @Nullable CohortDecision decision) {
			return new Roster(cohort, programme, lines, interestListSize, decision,
					lines.stream().filter(l -> l.status().holdsSeat()).toList(),
					lines.stream()
						.filter(l -> l.status() == EnrolmentStatus.WAITLISTED)
						.sorted(Comparator.comparing(RosterLine::waitlistPosition,
								Comparator.nullsLast(Comparator.naturalOrder())))
						.toList(),
					lines.stream().filter(l -> l.status() == EnrolmentStatus.AWAITING_APPROVAL).toList(),
					lines.stream().filter(l -> !l.status().isActive()).toList(),
					lines.stream().filter(l -> l.status() == EnrolmentStatus.CONFIRMED).count());
		}

		public boolean belowMinimum() {
			return confirmed < cohort.minParticipants();
		}
	}

	/**
	 * One enrolment on the cohort page, with the person's details and what its row shows
	 * worked out once: the address of its history and actions, and the message key of its
	 * status.
	 */
	public record RosterLine(long enrolmentId, long personId, String name, String email, @Nullable String organisation,
			@Nullable String jobTitle, EnrolmentStatus status, @Nullable Integer waitlistPosition, Instant requestedAt,
			Instant statusChangedAt, @Nullable Instant offerExpiresAt, @Nullable String managerName,
			@Nullable String managerEmail, String panelPath, String statusKey) {

		static RosterLine of(long cohortId, long enrolmentId, long personId, People.@Nullable PersonView person,
				EnrolmentStatus status, @Nullable Integer waitlistPosition, Instant requestedAt,
				Instant statusChangedAt, @Nullable Instant offerExpiresAt, @Nullable String managerName,
				@Nullable String managerEmail) {
			return new RosterLine(enrolmentId, personId, person == null ? "" : person.displayName(),
					person == null ? "" : person.email(), person == null ? null : person.organisation(),
					person == null ? null : person.jobTitle(), status, waitlistPosition, requestedAt, statusChangedAt,
					offerExpiresAt, managerName, managerEmail,
					"/secretary/cohorts/" + cohortId + "/enrolments/" + enrolmentId,
					"enrolment.status." + status.name());
		}
	}

	/**
	 * One enrolment, opened from the roster: its history, and the cohorts it could move
	 * to.
	 */
	public record EnrolmentDetail(Cohorts.CohortView cohort, Catalogue.ProgrammeView programme, RosterLine line,
			List<Enrolments.HistoryView> history, List<OtherCohort> otherCohorts) {
	}

	/** Another cohort of the same programme, to move an enrolment to. */
	public record OtherCohort(long id, String code, java.time.LocalDate startDate) {
	}

}
