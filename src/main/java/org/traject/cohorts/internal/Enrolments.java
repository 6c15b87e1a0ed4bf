package org.traject.cohorts.internal;

import org.traject.cohorts.SignUpForExistingAccount;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ProgrammeStatus;
import org.traject.people.Actor;
import org.traject.cohorts.ApprovalDeclined;
import org.traject.cohorts.ApprovalExpired;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.EnrolmentStatus;
import org.traject.cohorts.EnrolmentView;
import org.traject.cohorts.OfferDeclined;
import org.traject.cohorts.OfferExpired;
import org.traject.cohorts.Placement;
import org.traject.people.EmailAlreadyRegisteredException;
import org.traject.people.People;

/**
 * The participant's side of enrolment: signing up (with an account, or creating one on
 * the spot), seeing one's own enrolments and their history, cancelling, answering an
 * offered seat, and the manager's approval link.
 * <p>
 * Every change locks the cohort's row first, so changes to one cohort's enrolments happen
 * one at a time on every application instance; the seat itself is granted by a
 * conditional update in the database, which can never exceed the capacity. A method that
 * refuses throws {@link EnrolmentRefusedException} and changes nothing; an enrolment that
 * does not exist, or is someone else's, is a {@link NoSuchElementException}.
 */
@Service
public class Enrolments {

	private final SeatLedger seats;

	private final EnrolmentRules rules;

	private final EnrolmentRepository enrolments;

	private final EnrolmentHistoryRepository history;

	private final EnrolmentTokens tokens;

	private final CohortRepository cohorts;

	private final Catalogue catalogue;

	private final People people;

	Enrolments(SeatLedger seats, EnrolmentRules rules, EnrolmentRepository enrolments,
			EnrolmentHistoryRepository history, EnrolmentTokens tokens, CohortRepository cohorts, Catalogue catalogue,
			People people) {
		this.seats = seats;
		this.rules = rules;
		this.enrolments = enrolments;
		this.history = history;
		this.tokens = tokens;
		this.cohorts = cohorts;
		this.catalogue = catalogue;
		this.people = people;
	}

	/**
	 * Signs a person with an account up for a cohort that accepts enrolments. The outcome
	 * is a seat if one is free and nobody waits, else the next waitlist place; when the
	 * programme asks for the manager's approval, {@code manager} is required and the
	 * enrolment waits for the approval first.
	 * @throws EnrolmentRefusedException NOT_OPEN, ALREADY_ENROLLED
	 */
	@Transactional
	public SignUpOutcome signUp(long cohortId, Actor participant, @Nullable Manager manager) {
		return signUp(terms(cohortId), participant, manager);
	}

	/**
	 * {@link #signUp(long, Actor, Manager)} with the terms the caller read already, so
	 * that the sign-up form's handler reads the programme once.
	 */
	@Transactional
	public SignUpOutcome signUp(SignUpTerms terms, Actor participant, @Nullable Manager manager) {
		long personId = requirePerson(participant);
		return enter(terms, personId, participant, manager);
	}

	/**
	 * Creates a participant account and signs it up, in one transaction: when the sign-up
	 * is refused, no account is left behind. When the address belongs to an account
	 * already, nothing is created and the answer is empty: the account holder is emailed
	 * instead ({@link SignUpForExistingAccount}), so the visitor learns nothing about
	 * whether the address has an account.
	 * @throws EnrolmentRefusedException NOT_OPEN
	 * @throws EmailAlreadyRegisteredException only when the same address is registered at
	 * the same moment by another request
	 */
	@Transactional
	public Optional<SignUpOutcome> signUpWithNewAccount(long cohortId, People.NewParticipant participant,
			@Nullable Manager manager) {
		// first: an unknown cohort is a 404 before anything is written
		return signUpWithNewAccount(terms(cohortId), participant, manager);
	}

	/**
	 * {@link #signUpWithNewAccount(long, People.NewParticipant, Manager)} with the terms
	 * the caller read already.
	 */
	@Transactional
	public Optional<SignUpOutcome> signUpWithNewAccount(SignUpTerms terms, People.NewParticipant participant,
			@Nullable Manager manager) {
		var existing = people.findByEmail(participant.email());
		if (existing.isPresent()) {
			tellAccountHolder(terms, existing.get().id());
			return Optional.empty();
		}
		var person = people.registerParticipant(participant);
		return Optional.of(enter(terms, person.id(), Actor.participant(person.id(), person.displayName()), manager));
	}

	/**
	 * What signing up for a cohort asks, as the programme says today: whether it is
	 * published (a cohort of anything else is not found) and whether the manager's
	 * approval is needed.
	 * @throws NoSuchElementException for an unknown cohort
	 */
	@Transactional(readOnly = true)
	public SignUpTerms terms(long cohortId) {
		long programmeId = cohorts.programmeIdOf(cohortId)
			.orElseThrow(() -> new NoSuchElementException("No cohort " + cohortId));
		var programme = catalogue.find(programmeId);
		return new SignUpTerms(cohortId, programmeId,
				programme.map(p -> p.status() == ProgrammeStatus.PUBLISHED).orElse(false),
				programme.map(Catalogue.ProgrammeView::requiresManagerApproval).orElse(false));
	}

	/**
	 * The programme's terms for signing up for one of its cohorts, read by
	 * {@link #terms(long)}.
	 */
	public record SignUpTerms(long cohortId, long programmeId, boolean published, boolean requiresApproval) {
	}

	private void tellAccountHolder(SignUpTerms terms, long personId) {
		var active = enrolments.findByPersonIdOrderByRequestedAtDesc(personId)
			.stream()
			.filter(e -> e.getCohortId() == terms.cohortId() && e.getStatus().isActive())
			.findFirst();
		rules.publish(new SignUpForExistingAccount(personId, terms.cohortId(), terms.programmeId(),
				active.map(Enrolment::getId).orElse(null), active.map(Enrolment::getStatus).orElse(null),
				active.map(Enrolment::getWaitlistPosition).orElse(null), Instant.now()));
	}

	private SignUpOutcome enter(SignUpTerms terms, long personId, Actor participant, @Nullable Manager manager) {
		if (terms.requiresApproval() && manager == null) {
			throw new IllegalArgumentException("The programme asks for the manager's approval");
		}
		var cohort = seats.lock(terms.cohortId());
		if (!cohort.acceptsEnrolment()) {
			throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.NOT_OPEN);
		}
		return rules.enter(cohort, personId, terms.requiresApproval() ? manager : null, participant, Placement.SIGN_UP,
				null);
	}

	/**
	 * Whether signing up for this cohort asks for the manager's name and email address.
	 */
	@Transactional(readOnly = true)
	public boolean requiresApproval(long cohortId) {
		return terms(cohortId).requiresApproval();
	}

	/**
	 * The participant cancels their own enrolment; a seat they held goes to the waitlist
	 * at once.
	 * @throws EnrolmentRefusedException NO_LONGER_ACTIVE, COHORT_CLOSED (the cohort is
	 * completed or cancelled)
	 */
	@Transactional
	public void cancel(long enrolmentId, Actor participant, @Nullable String reason) {
		var locked = rules.lock(enrolmentId);
		requireOwner(locked.enrolment(), participant);
		EnrolmentRules.requireChangeable(locked.cohort());
		rules.cancel(locked.cohort(), locked.enrolment(), participant, reason);
	}

	/**
	 * The participant accepts the seat offered to them, before the deadline.
	 * @throws EnrolmentRefusedException OFFER_CLOSED
	 */
	@Transactional
	public void acceptOffer(long enrolmentId, Actor participant) {
		var locked = rules.lock(enrolmentId);
		requireOwner(locked.enrolment(), participant);
		accept(locked, participant);
	}

	/**
	 * The participant declines the seat offered to them; it passes to the next on the
	 * waitlist.
	 */
	@Transactional
	public void declineOffer(long enrolmentId, Actor participant) {
		var locked = rules.lock(enrolmentId);
		requireOwner(locked.enrolment(), participant);
		decline(locked, participant);
	}

	/** The offer behind a link from an email, while the link still works. */
	@Transactional(readOnly = true)
	public Optional<LinkedEnrolment> offerByLink(String token) {
		return tokens.find(token, EnrolmentTokens.Purpose.OFFER)
			.filter(EnrolmentTokens.Found::usable)
			.flatMap(found -> enrolments.findById(found.enrolmentId()))
			.filter(e -> e.getStatus() == EnrolmentStatus.OFFERED)
			.map(this::linked);
	}

	/**
	 * Answers an offer from the link in the email, without signing in. The link works
	 * once.
	 * @throws EnrolmentRefusedException OFFER_CLOSED when the link is used, expired or
	 * unknown
	 */
	@Transactional
	public void answerOfferByLink(String token, boolean accept) {
		var found = tokens.find(token, EnrolmentTokens.Purpose.OFFER)
			.orElseThrow(() -> new EnrolmentRefusedException(EnrolmentRefusedException.Reason.OFFER_CLOSED));
		var locked = rules.lock(found.enrolmentId());
		if (!tokens.use(token, EnrolmentTokens.Purpose.OFFER)) {
			throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.OFFER_CLOSED);
		}
		var person = Actor.participant(locked.enrolment().getPersonId(), null);
		if (accept) {
			accept(locked, person);
		}
		else {
			decline(locked, person);
		}
	}

	private void accept(EnrolmentRules.Locked locked, Actor participant) {
		var enrolment = locked.enrolment();
		EnrolmentRules.requireChangeable(locked.cohort());
		if (enrolment.getStatus() != EnrolmentStatus.OFFERED || enrolment.getOfferExpiresAt() == null
				|| !enrolment.getOfferExpiresAt().isAfter(Instant.now())) {
			throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.OFFER_CLOSED);
		}
		tokens.revoke(enrolment.getId(), EnrolmentTokens.Purpose.OFFER);
		rules.confirm(locked.cohort(), enrolment, Placement.OFFER_ACCEPTED, participant, null);
	}

	private void decline(EnrolmentRules.Locked locked, Actor participant) {
		var enrolment = locked.enrolment();
		if (enrolment.getStatus() != EnrolmentStatus.OFFERED) {
			throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.OFFER_CLOSED);
		}
		var entry = rules.record(enrolment.declineOffer(participant, null));
		tokens.revoke(enrolment.getId(), EnrolmentTokens.Purpose.OFFER);
		rules.publish(new OfferDeclined(entry.getId(), enrolment.getId(), locked.cohort().id(),
				locked.cohort().programmeId(), enrolment.getPersonId()));
		rules.seatFreed(locked.cohort());
	}

	/**
	 * Ends an offer whose deadline has passed and passes the seat on. Called by the
	 * expiry job for each due offer, in a transaction of its own; safe to call twice or
	 * concurrently (the second call finds nothing to do).
	 * @return whether this call expired the offer
	 */
	@Transactional
	public boolean expireOffer(long enrolmentId) {
		var locked = rules.lock(enrolmentId);
		var enrolment = locked.enrolment();
		if (enrolment.getStatus() != EnrolmentStatus.OFFERED || enrolment.getOfferExpiresAt() == null
				|| enrolment.getOfferExpiresAt().isAfter(Instant.now())) {
			return false;
		}
		var entry = rules.record(enrolment.expireOffer());
		tokens.revoke(enrolment.getId(), EnrolmentTokens.Purpose.OFFER);
		rules.publish(new OfferExpired(entry.getId(), enrolment.getId(), locked.cohort().id(),
				locked.cohort().programmeId(), enrolment.getPersonId()));
		rules.seatFreed(locked.cohort());
		return true;
	}

	/** The enrolment behind a manager's approval link, while the link still works. */
	@Transactional(readOnly = true)
	public Optional<LinkedEnrolment> approvalByLink(String token) {
		return tokens.find(token, EnrolmentTokens.Purpose.APPROVAL)
			.filter(EnrolmentTokens.Found::usable)
			.flatMap(found -> enrolments.findById(found.enrolmentId()))
			.filter(e -> e.getStatus() == EnrolmentStatus.AWAITING_APPROVAL)
			.map(this::linked);
	}

	/**
	 * The manager's answer through the link (works once). Approved, the enrolment takes a
	 * seat or the waitlist place its request time earned: waiting for the approval does
	 * not cost a place.
	 * @throws EnrolmentRefusedException APPROVAL_CLOSED when the link is used, expired or
	 * unknown
	 */
	@Transactional
	public SignUpOutcome decideApproval(String token, boolean approve, @Nullable String reason) {
		var found = tokens.find(token, EnrolmentTokens.Purpose.APPROVAL)
			.orElseThrow(() -> new EnrolmentRefusedException(EnrolmentRefusedException.Reason.APPROVAL_CLOSED));
		var locked = rules.lock(found.enrolmentId());
		var enrolment = locked.enrolment();
		if (enrolment.getStatus() != EnrolmentStatus.AWAITING_APPROVAL
				|| !tokens.use(token, EnrolmentTokens.Purpose.APPROVAL)) {
			throw new EnrolmentRefusedException(EnrolmentRefusedException.Reason.APPROVAL_CLOSED);
		}
		var manager = Actor.manager(enrolment.getManagerName());
		var cohort = locked.cohort();
		if (approve) {
			// an approval takes a seat or a waitlist place: not in a completed or
			// cancelled cohort
			EnrolmentRules.requireChangeable(cohort);
			rules.record(enrolment.approve(manager));
			rules.place(cohort, enrolment, manager, Placement.APPROVAL, true, null);
			rules.fillFreeSeats(cohort, true);
		}
		else {
			var entry = rules.record(enrolment.declineApproval(manager, reason));
			rules.publish(new ApprovalDeclined(entry.getId(), enrolment.getId(), cohort.id(), cohort.programmeId(),
					enrolment.getPersonId(), String.valueOf(enrolment.getManagerName()), entry.getReason()));
		}
		return EnrolmentRules.outcome(enrolment);
	}

	/**
	 * Ends an enrolment whose approval link expired unanswered. Called by the expiry job.
	 * @return whether this call ended it
	 */
	@Transactional
	public boolean expireApproval(long enrolmentId) {
		var locked = rules.lock(enrolmentId);
		var enrolment = locked.enrolment();
		if (enrolment.getStatus() != EnrolmentStatus.AWAITING_APPROVAL) {
			return false;
		}
		var entry = rules.record(enrolment.expireApproval());
		tokens.revoke(enrolment.getId(), EnrolmentTokens.Purpose.APPROVAL);
		rules.publish(new ApprovalExpired(entry.getId(), enrolment.getId(), locked.cohort().id(),
				locked.cohort().programmeId(), enrolment.getPersonId()));
		return true;
	}

	/**
	 * A person's enrolments, newest first, with cohort, programme and next session: a
	 * fixed number of statements.
	 */
	@Transactional(readOnly = true)
	public List<EnrolmentView> ofPerson(long personId) {
		return views(enrolments.findByPersonIdOrderByRequestedAtDesc(personId));
	}

	/**
	 * One of the person's own enrolments with its history; empty when it is not theirs.
	 */
	@Transactional(readOnly = true)
	public Optional<EnrolmentDetail> ofPerson(long personId, long enrolmentId) {
		return enrolments.findById(enrolmentId)
			.filter(e -> e.getPersonId() == personId)
			.map(e -> new EnrolmentDetail(views(List.of(e)).get(0), history(List.of(e.getId()))));
	}

	/** One enrolment's status now (for tests and the sign-up confirmation). */
	@Transactional(readOnly = true)
	public Optional<SignUpOutcome> outcome(long enrolmentId) {
		return enrolments.findById(enrolmentId).map(EnrolmentRules::outcome);
	}

	List<HistoryView> history(List<Long> enrolmentIds) {
		var entries = history.findOf(enrolmentIds);
		return historyViews(entries, cohortCodes(entries));
	}

	private Map<Long, String> cohortCodes(List<EnrolmentHistoryEntry> entries) {
		var ids = entries.stream().map(EnrolmentHistoryEntry::getCohortId).distinct().toList();
		return cohorts.findAllById(ids).stream().collect(Collectors.toMap(Cohort::getId, Cohort::getCode));
	}

	static List<HistoryView> historyViews(List<EnrolmentHistoryEntry> entries, Map<Long, String> cohortCodes) {
		return entries.stream()
			.map(h -> new HistoryView(h.getEnrolmentId(), h.getOccurredAt(), h.getChange(), h.getStatus(),
					h.getWaitlistPosition(), h.getPreviousPosition(), h.getActorRole(), h.getActorName(), h.getReason(),
					cohortCodes.getOrDefault(h.getCohortId(), "")))
			.toList();
	}

	private List<EnrolmentView> views(List<Enrolment> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, Cohort> byId = cohorts
			.findAllWithSessions(list.stream().map(Enrolment::getCohortId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Cohort::getId, Function.identity()));
		var programmes = catalogue.findAll(byId.values().stream().map(Cohort::getProgrammeId).distinct().toList());
		var views = new ArrayList<EnrolmentView>();
		Instant now = Instant.now();
		for (var e : list) {
			var cohort = byId.get(e.getCohortId());
			var programme = programmes.get(cohort.getProgrammeId());
			var next = cohort.getSessions()
				.stream()
				.filter(s -> s.getEndsAt().isAfter(now))
				.min(Comparator.comparing(CohortSession::getStartsAt))
				.map(Cohorts.SessionView::of)
				.orElse(null);
			views.add(new EnrolmentView(e.getId(), e.getPersonId(), cohort.getId(), cohort.getCode(),
					cohort.getProgrammeId(), programme == null ? "" : programme.title(),
					programme == null ? "" : programme.slug(), programme == null ? "en" : programme.language(),
					cohort.getStartDate(), cohort.getEndDate(), cohort.getLocation(), cohort.isOnline(),
					cohort.getTimeZone(), cohort.getStatus(), e.getStatus(), e.getWaitlistPosition(),
					e.getOfferExpiresAt(), e.getRequestedAt(), e.getStatusChangedAt(), e.getManagerName(), next,
					!cohort.getSessions().isEmpty()));
		}
		return views;
	}

	private LinkedEnrolment linked(Enrolment e) {
		var view = views(List.of(e)).get(0);
		var person = people.findById(e.getPersonId()).orElseThrow();
		return new LinkedEnrolment(view, person.displayName(), person.organisation(), person.jobTitle());
	}

	private static long requirePerson(Actor participant) {
		if (participant.personId() == null) {
			throw new IllegalArgumentException("A sign-up needs a person");
		}
		return participant.personId();
	}

	private static void requireOwner(Enrolment enrolment, Actor participant) {
		if (participant.personId() == null || enrolment.getPersonId() != participant.personId()) {
			// someone else's enrolment: as if it did not exist
			throw new NoSuchElementException("No enrolment " + enrolment.getId() + " of this person");
		}
	}

	/** An enrolment and its whole history, oldest first. */
	public record EnrolmentDetail(EnrolmentView enrolment, List<HistoryView> history) {
	}

	/**
	 * An enrolment reached through a link from an email (offer or approval), with the
	 * person's name and work.
	 */
	public record LinkedEnrolment(EnrolmentView enrolment, String personName, @Nullable String organisation,
			@Nullable String jobTitle) {
	}

	/** One line of an enrolment's history. */
	public record HistoryView(long enrolmentId, Instant occurredAt, EnrolmentChange change, EnrolmentStatus status,
			@Nullable Integer waitlistPosition, @Nullable Integer previousPosition, Actor.Capacity actorRole,
			@Nullable String actorName, @Nullable String reason, String cohortCode) {
	}

}
