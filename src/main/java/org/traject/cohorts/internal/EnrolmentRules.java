package org.traject.cohorts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.traject.people.Actor;
import org.traject.cohorts.ApprovalRequested;
import org.traject.cohorts.EnrolmentCancelled;
import org.traject.cohorts.EnrolmentConfirmed;
import org.traject.cohorts.EnrolmentStatus;
import org.traject.cohorts.EnrolmentWaitlisted;
import org.traject.cohorts.Placement;
import org.traject.cohorts.SeatOffered;
import org.traject.cohorts.SeatRelease;

/**
 * The rules every enrolment change follows, shared by the participant's and the
 * secretary's services. Each method runs inside the caller's transaction and expects the
 * cohort to be locked already ({@link SeatLedger#lock}), so that seats and waitlist
 * places of one cohort are handed out one change at a time:
 * <ul>
 * <li>a new enrolment takes a seat only when nobody is waiting and the database grants
 * the seat; otherwise it joins the end of the waitlist;</li>
 * <li>a freed seat goes to the head of the waitlist at once (confirmed or offered, per
 * cohort), unless enrolment has closed or the cohort has started;</li>
 * <li>the waitlist stays numbered 1..N;</li>
 * <li>every change is kept in the history and published as an event in the same
 * transaction.</li>
 * </ul>
 */
@Component
public class EnrolmentRules {

	/** How long a manager's approval link works. */
	static final Duration APPROVAL_VALIDITY = Duration.ofDays(14);

	private final EnrolmentRepository enrolments;

	private final EnrolmentHistoryRepository history;

	private final SeatLedger seats;

	private final EnrolmentTokens tokens;

	private final ApplicationEventPublisher events;

	EnrolmentRules(EnrolmentRepository enrolments, EnrolmentHistoryRepository history, SeatLedger seats,
			EnrolmentTokens tokens, ApplicationEventPublisher events) {
		this.enrolments = enrolments;
		this.history = history;
		this.seats = seats;
		this.tokens = tokens;
		this.events = events;
	}

	/**
	 * A new enrolment: sent for approval when a manager is named, otherwise a seat or the
	 * end of the waitlist.
	 */
	SignUpOutcome enter(CohortState cohort, long personId, @Nullable Manager manager, Actor actor, Placement via,
			@Nullable String reason) {
		if (enrolments.hasActiveEnrolment(cohort.id(), personId)) {
			throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.ALREADY_ENROLLED);
		}
		if (manager != null) {
			var enrolment = enrolments.save(new Enrolment(cohort.id(), personId, Instant.now(), manager));
			requestApproval(cohort, enrolment, manager, actor);
			return outcome(enrolment);
		}
		// a seat if one is free and nobody waits, else the end of the waitlist (without
		// reading it: the rush of sign-ups goes this way), decided before the row is
		// written, so the enrolment is inserted once and never updated
		int length = enrolments.waitlistLength(cohort.id());
		boolean seated = length == 0 && seats.takeSeat(cohort.id());
		var enrolment = enrolments
			.save(Enrolment.placedOnSignUp(cohort.id(), personId, Instant.now(), seated ? null : length + 1));
		var entry = record(enrolment.firstPlacement(actor, reason));
		if (seated) {
			events.publishEvent(new EnrolmentConfirmed(entry.getId(), enrolment.getId(), cohort.id(),
					cohort.programmeId(), personId, via));
		}
		else {
			events.publishEvent(new EnrolmentWaitlisted(entry.getId(), enrolment.getId(), cohort.id(),
					cohort.programmeId(), personId, length + 1, via));
		}
		return outcome(enrolment);
	}

	private void requestApproval(CohortState cohort, Enrolment enrolment, Manager manager, Actor actor) {
		var entry = record(enrolment.requestApproval(actor));
		Instant expires = Instant.now().plus(APPROVAL_VALIDITY);
		String token = tokens.issue(enrolment.getId(), EnrolmentTokens.Purpose.APPROVAL, expires);
		events.publishEvent(new ApprovalRequested(entry.getId(), enrolment.getId(), cohort.id(), cohort.programmeId(),
				enrolment.getPersonId(), manager.name(), manager.email(), "/approvals/" + token, expires));
	}

	/**
	 * Gives the enrolment a seat if one is free and nobody is waiting, otherwise a
	 * waitlist place: at the end, or, with {@code byRequestTime}, before everyone who
	 * asked later (an approval must not cost the time it took).
	 */
	void place(CohortState cohort, Enrolment enrolment, Actor actor, Placement via, boolean byRequestTime,
			@Nullable String reason) {
		if (!byRequestTime) {
			// the common case, and the one a rush of sign-ups takes: the end of the
			// waitlist, without reading it
			int length = enrolments.waitlistLength(cohort.id());
			if (length == 0 && seats.takeSeat(cohort.id())) {
				confirm(cohort, enrolment, via, actor, reason);
				return;
			}
			waitlistAt(cohort, enrolment, length + 1, actor, via, reason);
			return;
		}
		List<Enrolment> waitlist = enrolments.waitlist(cohort.id());
		if (waitlist.isEmpty() && seats.takeSeat(cohort.id())) {
			confirm(cohort, enrolment, via, actor, reason);
			return;
		}
		int index = waitlist.size();
		for (int i = 0; i < waitlist.size(); i++) {
			if (waitlist.get(i).getRequestedAt().isAfter(enrolment.getRequestedAt())) {
				index = i;
				break;
			}
		}
		for (int i = index; i < waitlist.size(); i++) {
			waitlist.get(i).shiftTo(i + 2);
		}
		waitlistAt(cohort, enrolment, index + 1, actor, via, reason);
	}

	private void waitlistAt(CohortState cohort, Enrolment enrolment, int position, Actor actor, Placement via,
			@Nullable String reason) {
		var entry = record(enrolment.waitlistAt(position, actor, reason));
		events.publishEvent(new EnrolmentWaitlisted(entry.getId(), enrolment.getId(), cohort.id(), cohort.programmeId(),
				enrolment.getPersonId(), position, via));
	}

	/** Confirms an enrolment whose seat the caller has secured. */
	void confirm(CohortState cohort, Enrolment enrolment, Placement via, Actor actor, @Nullable String reason) {
		EnrolmentChange change = switch (via) {
			case PROMOTION -> EnrolmentChange.PROMOTED;
			case OFFER_ACCEPTED -> EnrolmentChange.OFFER_ACCEPTED;
			default -> EnrolmentChange.CONFIRMED;
		};
		var entry = record(via == Placement.OFFER_ACCEPTED ? enrolment.acceptOffer(actor)
				: enrolment.confirm(change, actor, reason));
		events.publishEvent(new EnrolmentConfirmed(entry.getId(), enrolment.getId(), cohort.id(), cohort.programmeId(),
				enrolment.getPersonId(), via));
	}

	/**
	 * Hands free seats to the head of the waitlist, one after the other, as confirmed
	 * places or offers per the cohort's setting. {@code automatic} is false only for a
	 * secretary's own action.
	 */
	void fillFreeSeats(CohortState cohort, boolean automatic) {
		if (automatic && !cohort.promotesAutomatically()) {
			return;
		}
		var waitlist = new ArrayList<>(enrolments.waitlist(cohort.id()));
		if (waitlist.isEmpty()) {
			return;
		}
		while (!waitlist.isEmpty() && seats.takeSeat(cohort.id())) {
			var head = waitlist.remove(0);
			if (cohort.seatRelease() == SeatRelease.OFFER) {
				offer(cohort, head);
			}
			else {
				confirm(cohort, head, Placement.PROMOTION, Actor.system(), null);
			}
		}
		renumber(waitlist);
	}

	private void offer(CohortState cohort, Enrolment enrolment) {
		Instant until = Instant.now().plus(Duration.ofHours(cohort.offerHours()));
		var entry = record(enrolment.offer(until, Actor.system()));
		String token = tokens.issue(enrolment.getId(), EnrolmentTokens.Purpose.OFFER, until);
		events.publishEvent(new SeatOffered(entry.getId(), enrolment.getId(), cohort.id(), cohort.programmeId(),
				enrolment.getPersonId(), until, "/offers/" + token));
	}

	/** A seat held by an enrolment that just ended or left: free it and pass it on. */
	void seatFreed(CohortState cohort) {
		seats.freeSeat(cohort.id());
		fillFreeSeats(cohort, true);
	}

	/**
	 * Refuses any change to the enrolments of a completed or cancelled cohort (see
	 * {@link CohortStatus#allowsEnrolmentChanges()}).
	 */
	static void requireChangeable(CohortState cohort) {
		if (!cohort.status().allowsEnrolmentChanges()) {
			throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.COHORT_CLOSED);
		}
	}

	/**
	 * Ends an active enrolment and frees whatever it held: a seat, an offer, a waitlist
	 * place, an approval link.
	 */
	void cancel(CohortState cohort, Enrolment enrolment, Actor actor, @Nullable String reason) {
		EnrolmentStatus previous = enrolment.getStatus();
		if (!previous.isActive()) {
			throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.NO_LONGER_ACTIVE);
		}
		var entry = record(enrolment.cancel(actor, reason));
		events.publishEvent(new EnrolmentCancelled(entry.getId(), enrolment.getId(), cohort.id(), cohort.programmeId(),
				enrolment.getPersonId(), previous, actor.capacity(), entry.getReason()));
		left(cohort, enrolment, previous);
	}

	/** Frees what an enrolment held in a cohort it no longer holds anything in. */
	void left(CohortState cohort, Enrolment enrolment, EnrolmentStatus previous) {
		switch (previous) {
			case CONFIRMED, OFFERED -> {
				tokens.revoke(enrolment.getId(), EnrolmentTokens.Purpose.OFFER);
				seatFreed(cohort);
			}
			case WAITLISTED -> renumber(enrolments.waitlist(cohort.id()));
			case AWAITING_APPROVAL -> tokens.revoke(enrolment.getId(), EnrolmentTokens.Purpose.APPROVAL);
			default -> {
			}
		}
	}

	/** Numbers the waitlist, in its order, 1..N again. */
	void renumber(List<Enrolment> waitlist) {
		for (int i = 0; i < waitlist.size(); i++) {
			Integer before = waitlist.get(i).getWaitlistPosition();
			if (before == null || before != i + 1) {
				waitlist.get(i).shiftTo(i + 1);
			}
		}
	}

	/**
	 * Locks the cohort an enrolment is in, then loads the enrolment, so that what it
	 * reads is current. An enrolment moved to another cohort between the two steps is
	 * refused as a concurrent change.
	 */
	Locked lock(long enrolmentId) {
		long cohortId = enrolments.cohortIdOf(enrolmentId)
			.orElseThrow(() -> new java.util.NoSuchElementException("No enrolment " + enrolmentId));
		var cohort = seats.lock(cohortId);
		var enrolment = enrolments.findById(enrolmentId).orElseThrow();
		if (enrolment.getCohortId() != cohortId) {
			throw new org.springframework.dao.OptimisticLockingFailureException(
					"Enrolment " + enrolmentId + " moved to another cohort meanwhile");
		}
		return new Locked(cohort, enrolment);
	}

	record Locked(CohortState cohort, Enrolment enrolment) {
	}

	EnrolmentHistoryEntry record(EnrolmentHistoryEntry entry) {
		return history.save(entry);
	}

	void publish(Object event) {
		events.publishEvent(event);
	}

	static SignUpOutcome outcome(Enrolment enrolment) {
		return new SignUpOutcome(enrolment.getId(), enrolment.getCohortId(), enrolment.getPersonId(),
				enrolment.getStatus(), enrolment.getWaitlistPosition());
	}

}
