package org.traject.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.people.Actor;
import org.traject.cohorts.internal.CohortEditing;
import org.traject.cohorts.internal.EnrolmentAdministration;
import org.traject.cohorts.internal.EnrolmentChange;
import org.traject.cohorts.internal.EnrolmentRefusedException;
import org.traject.cohorts.internal.Enrolments;
import org.traject.cohorts.internal.ExpiryJob;
import org.traject.cohorts.internal.InterestLists;
import org.traject.cohorts.internal.Manager;
import org.traject.cohorts.internal.SignUpOutcome;
import org.traject.people.People;
import org.traject.test.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class EnrolmentRulesTest {

	@Autowired
	Enrolments enrolments;

	@Autowired
	EnrolmentAdministration administration;

	@Autowired
	InterestLists interestLists;

	@Autowired
	CohortEditing editing;

	@Autowired
	ProgrammeEditing programmes;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExpiryJob expiryJob;

	@Autowired
	ApplicationEvents events;

	EnrolmentFixtures fixtures;

	final Actor secretary = new Actor(Actor.Capacity.SECRETARY, null, "Test Secretary");

	@BeforeEach
	void fixtures() {
		fixtures = new EnrolmentFixtures(editing, programmes, people, jdbc);
	}

	private SignUpOutcome signUp(long cohortId, long personId) {
		return enrolments.signUp(cohortId, fixtures.participant(personId), null);
	}

	private EnrolmentStatus status(long enrolmentId) {
		return enrolments.outcome(enrolmentId).orElseThrow().status();
	}

	private Integer position(long enrolmentId) {
		return enrolments.outcome(enrolmentId).orElseThrow().waitlistPosition();
	}

	@Test
	void theEnrolmentsOfACompletedCohortAreNeitherCancelledNorMovedNorPromoted() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		long other = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		long siri = fixtures.person("Siri");
		var seated = signUp(cohort, siri);
		var first = signUp(cohort, fixtures.person("Wim"));
		var second = signUp(cohort, fixtures.person("Xan"));
		fixtures.closeEnrolment(cohort);
		fixtures.changeCapacity(cohort, 2);
		fixtures.changeStatus(cohort, CohortStatus.COMPLETED);

		assertRefusedAsClosed(() -> enrolments.cancel(seated.enrolmentId(), fixtures.participant(siri), null));
		assertRefusedAsClosed(() -> administration.cancel(cohort, seated.enrolmentId(), secretary, "Left"));
		assertRefusedAsClosed(() -> administration.moveToCohort(cohort, seated.enrolmentId(), other, secretary, "x"));
		assertRefusedAsClosed(() -> administration.promote(cohort, first.enrolmentId(), secretary, null));
		assertRefusedAsClosed(() -> administration.moveOnWaitlist(cohort, second.enrolmentId(), -1, secretary, "x"));
		assertRefusedAsClosed(() -> administration.cancelCohort(cohort, secretary, "Too late"));

		assertThat(status(seated.enrolmentId())).isEqualTo(EnrolmentStatus.CONFIRMED);
		assertThat(List.of(position(first.enrolmentId()), position(second.enrolmentId()))).containsExactly(1, 2);
		assertThat(fixtures.seatsHeld(cohort)).isEqualTo(1);
		assertThat(events.stream(EnrolmentCancelled.class).filter(e -> e.cohortId() == cohort)).isEmpty();
	}

	@Test
	void nothingMovesIntoOrOutOfACancelledCohortButARunningOneStillTakesChanges() {
		long cancelled = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		long running = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		var inCancelled = signUp(cancelled, fixtures.person("Ada"));
		var seated = signUp(running, fixtures.person("Bo"));
		var waiting = signUp(running, fixtures.person("Cor"));
		fixtures.changeStatus(cancelled, CohortStatus.CANCELLED);
		fixtures.changeStatus(running, CohortStatus.RUNNING);

		assertRefusedAsClosed(
				() -> administration.moveToCohort(cancelled, inCancelled.enrolmentId(), running, secretary, "x"));
		assertRefusedAsClosed(
				() -> administration.moveToCohort(running, seated.enrolmentId(), cancelled, secretary, "x"));
		administration.cancel(running, seated.enrolmentId(), secretary, "Fell ill");
		administration.promote(running, waiting.enrolmentId(), secretary, "Free place");

		assertThat(status(seated.enrolmentId())).isEqualTo(EnrolmentStatus.CANCELLED);
		assertThat(status(waiting.enrolmentId())).isEqualTo(EnrolmentStatus.CONFIRMED);
	}

	@Test
	void neitherAnOfferedSeatNorAnApprovalIsTakenUpInACompletedCohort() {
		long offering = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.OFFER);
		long siri = fixtures.person("Siri");
		var seated = signUp(offering, siri);
		long wim = fixtures.person("Wim");
		var offered = signUp(offering, wim);
		enrolments.cancel(seated.enrolmentId(), fixtures.participant(siri), null);
		assertThat(status(offered.enrolmentId())).isEqualTo(EnrolmentStatus.OFFERED);
		long approving = fixtures.openCohort(EnrolmentFixtures.APPROVAL_PROGRAMME, 3, SeatRelease.CONFIRM_NEXT);
		var pending = enrolments.signUp(approving, fixtures.participant(fixtures.person("Ada")),
				new Manager("Mona Manager", "mona-" + UUID.randomUUID() + "@example.org"));
		fixtures.changeStatus(offering, CohortStatus.COMPLETED);
		fixtures.changeStatus(approving, CohortStatus.COMPLETED);

		assertRefusedAsClosed(() -> enrolments.acceptOffer(offered.enrolmentId(), fixtures.participant(wim)));
		assertRefusedAsClosed(() -> enrolments.decideApproval(token(pending.enrolmentId()), true, null));

		assertThat(status(offered.enrolmentId())).isEqualTo(EnrolmentStatus.OFFERED);
		assertThat(status(pending.enrolmentId())).isEqualTo(EnrolmentStatus.AWAITING_APPROVAL);
		assertThat(fixtures.seatsHeld(approving)).isZero();
	}

	private static void assertRefusedAsClosed(org.assertj.core.api.ThrowableAssert.ThrowingCallable change) {
		assertThatThrownBy(change).isInstanceOf(EnrolmentRefusedException.class)
			.extracting(ex -> ((EnrolmentRefusedException) ex).reason())
			.isEqualTo(EnrolmentRefusedException.Reason.COHORT_CLOSED);
	}

	@Test
	void confirmsWhileSeatsAreFreeThenWaitlistsFirstComeFirstServed() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 2, SeatRelease.CONFIRM_NEXT);
		var a = signUp(cohort, fixtures.person("Anna"));
		var b = signUp(cohort, fixtures.person("Bram"));
		var c = signUp(cohort, fixtures.person("Cas"));
		var d = signUp(cohort, fixtures.person("Dewi"));
		assertThat(List.of(a.status(), b.status())).containsOnly(EnrolmentStatus.CONFIRMED);
		assertThat(c.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(c.waitlistPosition()).isEqualTo(1);
		assertThat(d.waitlistPosition()).isEqualTo(2);
		assertThat(fixtures.seatsHeld(cohort)).isEqualTo(2);
		assertThat(events.stream(EnrolmentConfirmed.class).filter(e -> e.cohortId() == cohort)).hasSize(2);
		assertThat(events.stream(EnrolmentWaitlisted.class).filter(e -> e.cohortId() == cohort))
			.extracting(EnrolmentWaitlisted::position)
			.containsExactly(1, 2);
	}

	@Test
	void aSecondSignUpForTheSameCohortIsRefused() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		long anna = fixtures.person("Anna");
		signUp(cohort, anna);
		assertThatThrownBy(() -> signUp(cohort, anna)).isInstanceOfSatisfying(EnrolmentRefusedException.class,
				ex -> assertThat(ex.reason()).isEqualTo(EnrolmentRefusedException.Reason.ALREADY_ENROLLED));
		assertThat(fixtures.seatsHeld(cohort)).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(EnrolmentStatus.class)
	void aPersonMaySignUpAgainOnlyWhenTheirEnrolmentInTheCohortIsNoLongerActive(EnrolmentStatus status) {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		long anna = fixtures.person("Anna");
		long first = signUp(cohort, anna).enrolmentId();
		jdbc.sql("""
				update enrolment set status = ?,
				       waitlist_position = case when ? = 'WAITLISTED' then 1 end,
				       offer_expires_at = case when ? = 'OFFERED' then now() + interval '1 day' end
				where id = ?""").params(status.name(), status.name(), status.name(), first).update();
		if (status.isActive()) {
			assertThatThrownBy(() -> signUp(cohort, anna)).isInstanceOfSatisfying(EnrolmentRefusedException.class,
					ex -> assertThat(ex.reason()).isEqualTo(EnrolmentRefusedException.Reason.ALREADY_ENROLLED));
		}
		else {
			assertThat(signUp(cohort, anna).enrolmentId()).isNotEqualTo(first);
		}
	}

	@Test
	void aPlannedCohortRefusesSignUps() {
		long cohort = fixtures.plannedCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		assertThatThrownBy(() -> signUp(cohort, fixtures.person("Anna"))).isInstanceOfSatisfying(
				EnrolmentRefusedException.class,
				ex -> assertThat(ex.reason()).isEqualTo(EnrolmentRefusedException.Reason.NOT_OPEN));
	}

	@Test
	void promotesHeadOfWaitlistWhenSeatIsFreed() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		long anna = fixtures.person("Anna");
		var a = signUp(cohort, anna);
		var b = signUp(cohort, fixtures.person("Bram"));
		var c = signUp(cohort, fixtures.person("Cas"));
		enrolments.cancel(a.enrolmentId(), fixtures.participant(anna), "Ill");
		assertThat(status(a.enrolmentId())).isEqualTo(EnrolmentStatus.CANCELLED);
		assertThat(status(b.enrolmentId())).isEqualTo(EnrolmentStatus.CONFIRMED);
		assertThat(position(c.enrolmentId())).isEqualTo(1);
		assertThat(fixtures.seatsHeld(cohort)).isEqualTo(1);
		assertThat(events.stream(EnrolmentConfirmed.class))
			.anyMatch(e -> e.enrolmentId() == b.enrolmentId() && e.via() == Placement.PROMOTION);
		assertThat(events.stream(EnrolmentCancelled.class)).anyMatch(e -> e.enrolmentId() == a.enrolmentId()
				&& e.previousStatus() == EnrolmentStatus.CONFIRMED && "Ill".equals(e.reason()));
		var history = enrolments.ofPerson(anna, a.enrolmentId()).orElseThrow().history();
		assertThat(history).extracting(Enrolments.HistoryView::change)
			.containsExactly(EnrolmentChange.CONFIRMED, EnrolmentChange.CANCELLED);
		assertThat(history.get(1).reason()).isEqualTo("Ill");
	}

	@Test
	void offersTheFreedSeatAndTheOfferCanBeAccepted() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.OFFER);
		long anna = fixtures.person("Anna");
		long bram = fixtures.person("Bram");
		var a = signUp(cohort, anna);
		var b = signUp(cohort, bram);
		enrolments.cancel(a.enrolmentId(), fixtures.participant(anna), null);
		assertThat(status(b.enrolmentId())).isEqualTo(EnrolmentStatus.OFFERED);
		assertThat(fixtures.seatsHeld(cohort)).as("the offer keeps the seat").isEqualTo(1);
		var offered = events.stream(SeatOffered.class)
			.filter(e -> e.enrolmentId() == b.enrolmentId())
			.findFirst()
			.orElseThrow();
		assertThat(Duration.between(java.time.Instant.now(), offered.expiresAt())).isBetween(Duration.ofHours(47),
				Duration.ofHours(48));
		assertThat(signUp(cohort, fixtures.person("Cas")).status()).as("the offered seat is not up for grabs")
			.isEqualTo(EnrolmentStatus.WAITLISTED);
		enrolments.acceptOffer(b.enrolmentId(), fixtures.participant(bram));
		assertThat(status(b.enrolmentId())).isEqualTo(EnrolmentStatus.CONFIRMED);
		assertThat(events.stream(EnrolmentConfirmed.class))
			.anyMatch(e -> e.enrolmentId() == b.enrolmentId() && e.via() == Placement.OFFER_ACCEPTED);
	}

	@Test
	void anOfferLinkAnswersOnceWithoutSigningIn() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.OFFER);
		long anna = fixtures.person("Anna");
		var a = signUp(cohort, anna);
		var b = signUp(cohort, fixtures.person("Bram"));
		enrolments.cancel(a.enrolmentId(), fixtures.participant(anna), null);
		String link = events.stream(SeatOffered.class)
			.filter(e -> e.enrolmentId() == b.enrolmentId())
			.findFirst()
			.orElseThrow()
			.offerLink();
		String token = link.substring("/offers/".length());
		assertThat(enrolments.offerByLink(token)).isPresent();
		enrolments.answerOfferByLink(token, true);
		assertThat(status(b.enrolmentId())).isEqualTo(EnrolmentStatus.CONFIRMED);
		assertThat(enrolments.offerByLink(token)).isEmpty();
		assertThatThrownBy(() -> enrolments.answerOfferByLink(token, false))
			.isInstanceOf(EnrolmentRefusedException.class);
		assertThat(status(b.enrolmentId())).isEqualTo(EnrolmentStatus.CONFIRMED);
	}

	@Test
	void anExpiredOfferPassesToTheNextOnTheWaitlist() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.OFFER);
		long anna = fixtures.person("Anna");
		var a = signUp(cohort, anna);
		var b = signUp(cohort, fixtures.person("Bram"));
		var c = signUp(cohort, fixtures.person("Cas"));
		enrolments.cancel(a.enrolmentId(), fixtures.participant(anna), null);
		assertThat(status(b.enrolmentId())).isEqualTo(EnrolmentStatus.OFFERED);
		fixtures.letOfferExpire(b.enrolmentId());
		// the application's own scheduled run may get there first; either way the offer
		// ends once
		expiryJob.expireDueOffers();
		assertThat(status(b.enrolmentId())).isEqualTo(EnrolmentStatus.EXPIRED);
		assertThat(status(c.enrolmentId())).isEqualTo(EnrolmentStatus.OFFERED);
		assertThat(fixtures.seatsHeld(cohort)).isEqualTo(1);
		assertThat(events.stream(OfferExpired.class)).anyMatch(e -> e.enrolmentId() == b.enrolmentId());
		assertThat(enrolments.expireOffer(b.enrolmentId())).as("a second run finds nothing to do").isFalse();
	}

	@Test
	void aDeclinedOfferPassesToTheNextOnTheWaitlist() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.OFFER);
		long anna = fixtures.person("Anna");
		long bram = fixtures.person("Bram");
		var a = signUp(cohort, anna);
		var b = signUp(cohort, bram);
		var c = signUp(cohort, fixtures.person("Cas"));
		enrolments.cancel(a.enrolmentId(), fixtures.participant(anna), null);
		enrolments.declineOffer(b.enrolmentId(), fixtures.participant(bram));
		assertThat(status(b.enrolmentId())).isEqualTo(EnrolmentStatus.DECLINED);
		assertThat(status(c.enrolmentId())).isEqualTo(EnrolmentStatus.OFFERED);
		assertThat(events.stream(OfferDeclined.class)).anyMatch(e -> e.enrolmentId() == b.enrolmentId());
	}

	@Test
	void someoneElsesEnrolmentCannotBeCancelled() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.OFFER);
		var a = signUp(cohort, fixtures.person("Anna"));
		long intruder = fixtures.person("Ivo");
		assertThatThrownBy(() -> enrolments.cancel(a.enrolmentId(), fixtures.participant(intruder), null))
			.isInstanceOf(java.util.NoSuchElementException.class);
		assertThat(status(a.enrolmentId())).isEqualTo(EnrolmentStatus.CONFIRMED);
	}

	@Test
	void anApprovedEnrolmentKeepsTheTimeItWasRequested() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.APPROVAL_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		var manager = new Manager("Mona Manager", "mona-" + UUID.randomUUID() + "@example.org");
		var first = enrolments.signUp(cohort, fixtures.participant(fixtures.person("Early")), manager);
		var second = enrolments.signUp(cohort, fixtures.participant(fixtures.person("Middle")), manager);
		var third = enrolments.signUp(cohort, fixtures.participant(fixtures.person("Late")), manager);
		assertThat(first.status()).isEqualTo(EnrolmentStatus.AWAITING_APPROVAL);
		assertThat(fixtures.seatsHeld(cohort)).as("awaiting approval holds no seat").isZero();

		enrolments.decideApproval(token(second.enrolmentId()), true, null);
		enrolments.decideApproval(token(third.enrolmentId()), true, null);
		assertThat(status(second.enrolmentId())).isEqualTo(EnrolmentStatus.CONFIRMED);
		assertThat(position(third.enrolmentId())).isEqualTo(1);

		var late = enrolments.decideApproval(token(first.enrolmentId()), true, null);
		assertThat(late.status()).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(late.waitlistPosition()).as("asked before 'Late', so ahead of them").isEqualTo(1);
		assertThat(position(third.enrolmentId())).isEqualTo(2);
		assertThat(events.stream(EnrolmentWaitlisted.class))
			.anyMatch(e -> e.enrolmentId() == first.enrolmentId() && e.via() == Placement.APPROVAL);
	}

	@Test
	void anApprovalLinkWorksOnceAndADeclineEndsTheEnrolment() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.APPROVAL_PROGRAMME, 3, SeatRelease.CONFIRM_NEXT);
		var request = enrolments.signUp(cohort, fixtures.participant(fixtures.person("Anna")),
				new Manager("Mona Manager", "mona@example.org"));
		String token = token(request.enrolmentId());
		assertThat(enrolments.approvalByLink(token)).isPresent();
		enrolments.decideApproval(token, false, "Not this year");
		assertThat(status(request.enrolmentId())).isEqualTo(EnrolmentStatus.DECLINED);
		assertThat(enrolments.approvalByLink(token)).isEmpty();
		assertThatThrownBy(() -> enrolments.decideApproval(token, true, null))
			.isInstanceOf(EnrolmentRefusedException.class);
		assertThat(events.stream(ApprovalDeclined.class))
			.anyMatch(e -> e.enrolmentId() == request.enrolmentId() && "Not this year".equals(e.reason()));
	}

	@Test
	void anApprovalRequestNobodyAnsweredEndsWhenItsLinkExpires() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.APPROVAL_PROGRAMME, 3, SeatRelease.CONFIRM_NEXT);
		var request = enrolments.signUp(cohort, fixtures.participant(fixtures.person("Anna")),
				new Manager("Mona Manager", "mona@example.org"));
		String token = token(request.enrolmentId());
		jdbc.sql("update enrolment_token set expires_at = now() - interval '1 minute' where enrolment_id = :id")
			.param("id", request.enrolmentId())
			.update();
		assertThat(enrolments.approvalByLink(token)).isEmpty();
		expiryJob.expireDueApprovals();
		assertThat(status(request.enrolmentId())).isEqualTo(EnrolmentStatus.EXPIRED);
		assertThatThrownBy(() -> enrolments.decideApproval(token, true, null))
			.isInstanceOf(EnrolmentRefusedException.class);
	}

	@Test
	void nobodyIsPromotedAfterEnrolmentClosesUnlessASecretaryDoesItByHand() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		long anna = fixtures.person("Anna");
		var a = signUp(cohort, anna);
		var b = signUp(cohort, fixtures.person("Bram"));
		fixtures.closeEnrolment(cohort);
		enrolments.cancel(a.enrolmentId(), fixtures.participant(anna), null);
		assertThat(status(b.enrolmentId())).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(fixtures.seatsHeld(cohort)).isZero();
		administration.promote(cohort, b.enrolmentId(), secretary, "Closed, but there is room");
		assertThat(status(b.enrolmentId())).isEqualTo(EnrolmentStatus.CONFIRMED);
		assertThat(fixtures.seatsHeld(cohort)).isEqualTo(1);
	}

	@Test
	void promotingByHandNeedsAFreeSeat() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		signUp(cohort, fixtures.person("Anna"));
		var b = signUp(cohort, fixtures.person("Bram"));
		assertThatThrownBy(() -> administration.promote(cohort, b.enrolmentId(), secretary, null))
			.isInstanceOfSatisfying(EnrolmentRefusedException.class,
					ex -> assertThat(ex.reason()).isEqualTo(EnrolmentRefusedException.Reason.NO_FREE_SEAT));
	}

	@Test
	void raisingTheCapacityPromotesAtOnce() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		signUp(cohort, fixtures.person("Anna"));
		var b = signUp(cohort, fixtures.person("Bram"));
		var c = signUp(cohort, fixtures.person("Cas"));
		fixtures.changeCapacity(cohort, 2);
		assertThat(status(b.enrolmentId())).isEqualTo(EnrolmentStatus.CONFIRMED);
		assertThat(position(c.enrolmentId())).isEqualTo(1);
	}

	@Test
	void aSecretaryMovesSomeoneUpTheWaitlistAndTheMoveIsRecorded() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		signUp(cohort, fixtures.person("Anna"));
		long bram = fixtures.person("Bram");
		var b = signUp(cohort, bram);
		long cas = fixtures.person("Cas");
		var c = signUp(cohort, cas);
		administration.moveOnWaitlist(cohort, c.enrolmentId(), -1, secretary, "Region priority");
		assertThat(position(c.enrolmentId())).isEqualTo(1);
		assertThat(position(b.enrolmentId())).isEqualTo(2);
		var moved = enrolments.ofPerson(cas, c.enrolmentId()).orElseThrow().history();
		assertThat(moved.get(moved.size() - 1)).satisfies(h -> {
			assertThat(h.change()).isEqualTo(EnrolmentChange.WAITLIST_MOVED);
			assertThat(h.previousPosition()).isEqualTo(2);
			assertThat(h.waitlistPosition()).isEqualTo(1);
			assertThat(h.reason()).isEqualTo("Region priority");
			assertThat(h.actorName()).isEqualTo("Test Secretary");
		});
		var displaced = enrolments.ofPerson(bram, b.enrolmentId()).orElseThrow().history();
		assertThat(displaced.get(displaced.size() - 1).reason()).isEqualTo("Region priority");
		assertThat(events.stream(WaitlistPositionChanged.class).filter(e -> e.cohortId() == cohort)).hasSize(2);
	}

	@Test
	void movingToAnotherCohortKeepsTheHistoryAndFreesTheSeat() {
		long from = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		long to = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		long anna = fixtures.person("Anna");
		var a = signUp(from, anna);
		var b = signUp(from, fixtures.person("Bram"));
		administration.moveToCohort(from, a.enrolmentId(), to, secretary, "Prefers the later dates");
		var moved = enrolments.outcome(a.enrolmentId()).orElseThrow();
		assertThat(moved.cohortId()).isEqualTo(to);
		assertThat(moved.status()).isEqualTo(EnrolmentStatus.CONFIRMED);
		assertThat(status(b.enrolmentId())).as("the freed seat went to the waitlist")
			.isEqualTo(EnrolmentStatus.CONFIRMED);
		assertThat(fixtures.seatsHeld(from)).isEqualTo(1);
		assertThat(fixtures.seatsHeld(to)).isEqualTo(1);
		var history = enrolments.ofPerson(anna, a.enrolmentId()).orElseThrow().history();
		assertThat(history).extracting(Enrolments.HistoryView::change)
			.containsExactly(EnrolmentChange.CONFIRMED, EnrolmentChange.MOVED_TO_COHORT, EnrolmentChange.CONFIRMED);
		assertThat(events.stream(EnrolmentMoved.class))
			.anyMatch(e -> e.enrolmentId() == a.enrolmentId() && e.fromCohortId() == from && e.cohortId() == to);
	}

	@Test
	void anEnrolmentMovesOnlyWithinItsProgramme() {
		long from = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		long elsewhere = fixtures.openCohort(EnrolmentFixtures.APPROVAL_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		var a = signUp(from, fixtures.person("Anna"));
		assertThatThrownBy(() -> administration.moveToCohort(from, a.enrolmentId(), elsewhere, secretary, null))
			.isInstanceOfSatisfying(EnrolmentRefusedException.class,
					ex -> assertThat(ex.reason()).isEqualTo(EnrolmentRefusedException.Reason.OTHER_PROGRAMME));
	}

	@Test
	void cancellingACohortCancelsEveryEnrolmentInIt() {
		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 1, SeatRelease.CONFIRM_NEXT);
		var a = signUp(cohort, fixtures.person("Anna"));
		var b = signUp(cohort, fixtures.person("Bram"));
		administration.cancelCohort(cohort, secretary, "Too few participants");
		assertThat(status(a.enrolmentId())).isEqualTo(EnrolmentStatus.CANCELLED);
		assertThat(status(b.enrolmentId())).isEqualTo(EnrolmentStatus.CANCELLED);
		assertThat(editing.find(cohort).orElseThrow().status()).isEqualTo(CohortStatus.CANCELLED);
		assertThat(fixtures.seatsHeld(cohort)).isZero();
		assertThat(events.stream(CohortCancelled.class)).anyMatch(e -> e.cohortId() == cohort);
	}

	@Test
	void theInterestListIsInvitedOldestFirstWhenACohortOpens() throws Exception {
		long programme = fixtures.programme(EnrolmentFixtures.PLAIN_PROGRAMME);
		// earlier tests of the run may have left people waiting on this list: invite them
		// away first
		interestLists.invite(fixtures.plannedCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT));
		String suffix = UUID.randomUUID() + "@example.org";
		long person = fixtures.person("Signed In");
		String signedIn = people.findById(person).orElseThrow().email();
		interestLists.register(programme, "first-" + suffix, Locale.ENGLISH, null);
		String firstToken = events.stream(InterestRegistered.class)
			.filter(e -> e.email().equals("first-" + suffix))
			.findFirst()
			.orElseThrow()
			.confirmationLink()
			.substring("/interest/confirm/".length());
		assertThat(interestLists.register(programme, signedIn, Locale.ENGLISH, person))
			.isEqualTo(InterestLists.Registration.ON_THE_LIST);
		interestLists.register(programme, "unconfirmed-" + suffix, Locale.ENGLISH, null);
		assertThat(interestLists.confirm(firstToken)).isEqualTo(InterestLists.Confirmation.CONFIRMED);
		assertThat(interestLists.confirm(firstToken)).isEqualTo(InterestLists.Confirmation.ALREADY_CONFIRMED);

		long cohort = fixtures.openCohort(EnrolmentFixtures.PLAIN_PROGRAMME, 5, SeatRelease.CONFIRM_NEXT);
		// the invitation follows the CohortOpened event after its commit
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(interestLists.invitedEmails(cohort)).containsExactly("first-" + suffix, signedIn));
		assertThat(interestLists.invite(cohort)).as("nobody is invited twice").isZero();
	}

	private String token(long enrolmentId) {
		String link = events.stream(ApprovalRequested.class)
			.filter(e -> e.enrolmentId() == enrolmentId)
			.findFirst()
			.orElseThrow()
			.approvalLink();
		return link.substring("/approvals/".length());
	}

}
