package org.traject.cohorts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohorts module's facade: cohorts and their sessions as read-only views, and the settings a secretary edits.
 */
@Service
public class Cohorts {

	private final CohortRepository cohorts;

	Cohorts(CohortRepository cohorts) {
		this.cohorts = cohorts;
	}

	@Transactional(readOnly = true)
	public Optional<CohortView> find(long cohortId) {
		return cohorts.findWithSessions(cohortId).map(CohortView::of);
	}

	/** Upcoming planned, open or running cohorts of a programme with their sessions, in one statement. */
	@Transactional(readOnly = true)
	public List<CohortView> upcoming(long programmeId) {
		return cohorts
			.findUpcoming(programmeId, List.of(CohortStatus.PLANNED, CohortStatus.OPEN, CohortStatus.RUNNING))
			.stream()
			.map(CohortView::of)
			.toList();
	}

	/** A cohort as other modules and pages see it. */
	public record CohortView(long id, long programmeId, String code, LocalDate startDate, LocalDate endDate,
			@org.jspecify.annotations.Nullable String location, boolean online, String timeZone, int capacity,
			int minParticipants, @org.jspecify.annotations.Nullable LocalDate enrolmentOpens,
			@org.jspecify.annotations.Nullable LocalDate enrolmentCloses, CohortStatus status, SeatRelease seatRelease,
			int offerHours, int confirmedCount, long version, List<SessionView> sessions) {

		static CohortView of(Cohort c) {
			return new CohortView(c.getId(), c.getProgrammeId(), c.getCode(), c.getStartDate(), c.getEndDate(),
					c.getLocation(), c.isOnline(), c.getTimeZone(), c.getCapacity(), c.getMinParticipants(),
					c.getEnrolmentOpens(), c.getEnrolmentCloses(), c.getStatus(), c.getSeatRelease(),
					c.getOfferHours(), c.getConfirmedCount(), c.getVersion(),
					c.getSessions().stream().map(SessionView::of).toList());
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

		/** Open, but its enrolment window opens on a later day ({@link #enrolmentOpens}): sign-up is not possible yet. */
		public boolean signUpOpensLater() {
			LocalDate today = LocalDate.now(java.time.ZoneId.of(timeZone));
			return status == CohortStatus.OPEN && enrolmentOpens != null && today.isBefore(enrolmentOpens)
					&& !today.isAfter(startDate);
		}

		public boolean acceptsEnrolment() {
			LocalDate today = LocalDate.now(java.time.ZoneId.of(timeZone));
			return status == CohortStatus.OPEN && (enrolmentOpens == null || !today.isBefore(enrolmentOpens))
					&& (enrolmentCloses == null || !today.isAfter(enrolmentCloses)) && !today.isAfter(startDate);
		}
	}

	public record SessionView(long id, @org.jspecify.annotations.Nullable Long programmeModuleId, String title,
			java.time.Instant startsAt, java.time.Instant endsAt, @org.jspecify.annotations.Nullable String location) {

		static SessionView of(CohortSession s) {
			return new SessionView(s.getId(), s.getProgrammeModuleId(), s.getTitle(), s.getStartsAt(), s.getEndsAt(),
					s.getLocation());
		}
	}
}
