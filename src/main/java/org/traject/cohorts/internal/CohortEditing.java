package org.traject.cohorts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.cohorts.CohortOpened;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.Cohorts;

/**
 * What secretaries change about cohorts and their sessions. Changes name the version they
 * were made on, so a concurrent edit is refused (409) rather than overwriting.
 */
@Service
public class CohortEditing {

	private final CohortRepository cohorts;

	private final ApplicationEventPublisher events;

	private final EnrolmentAdministration enrolments;

	CohortEditing(CohortRepository cohorts, ApplicationEventPublisher events, EnrolmentAdministration enrolments) {
		this.cohorts = cohorts;
		this.events = events;
		this.enrolments = enrolments;
	}

	@Transactional
	public long create(long programmeId, CohortSettings settings) {
		return cohorts.save(new Cohort(programmeId, settings)).getId();
	}

	@Transactional
	public void update(long cohortId, long version, CohortSettings settings) {
		var cohort = load(cohortId, version);
		int capacityBefore = cohort.getCapacity();
		cohort.change(settings);
		if (settings.capacity() > capacityBefore) {
			// new seats go to the waitlist at once, as freed ones do
			cohorts.flush();
			enrolments.passFreeSeats(cohortId);
		}
	}

	/**
	 * Opens enrolment; the interest list of the programme is invited when this happens
	 * (see CohortOpened).
	 */
	@Transactional
	public void openForEnrolment(long cohortId, long version) {
		var cohort = load(cohortId, version);
		if (cohort.getStatus() != CohortStatus.OPEN) {
			cohort.openForEnrolment();
			events.publishEvent(new CohortOpened(cohort.getId(), cohort.getProgrammeId()));
		}
	}

	@Transactional
	public void changeStatus(long cohortId, long version, CohortStatus status) {
		load(cohortId, version).changeStatus(status);
	}

	@Transactional
	public long addSession(long cohortId, @Nullable Long programmeModuleId, String title, Instant startsAt,
			Instant endsAt, @Nullable String location) {
		var cohort = cohorts.findWithSessions(cohortId).orElseThrow();
		cohort.addSession(programmeModuleId, title, startsAt, endsAt, location);
		cohorts.flush();
		return cohort.getSessions()
			.stream()
			.filter(s -> s.getStartsAt().equals(startsAt) && s.getTitle().equals(title))
			.map(CohortSession::getId)
			.findFirst()
			.orElseThrow();
	}

	@Transactional
	public boolean moveSession(long cohortId, long sessionId, Instant startsAt, Instant endsAt,
			@Nullable String location) {
		return cohorts.findWithSessions(cohortId)
			.map(c -> c.rescheduleSession(sessionId, startsAt, endsAt, location))
			.orElse(false);
	}

	@Transactional
	public void removeSession(long cohortId, long sessionId) {
		cohorts.findWithSessions(cohortId).orElseThrow().removeSession(sessionId);
	}

	@Transactional(readOnly = true)
	public List<Cohorts.CohortView> ofProgramme(long programmeId) {
		return cohorts.findAllOfProgramme(programmeId).stream().map(Cohorts.CohortView::of).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Cohorts.CohortView> find(long cohortId) {
		return cohorts.findWithSessions(cohortId).map(Cohorts.CohortView::of);
	}

	@Transactional(readOnly = true)
	public boolean exists(long programmeId, String code) {
		return cohorts.existsByProgrammeIdAndCode(programmeId, code);
	}

	private Cohort load(long id, long version) {
		var cohort = cohorts.findById(id).orElseThrow();
		if (cohort.getVersion() != version) {
			throw new OptimisticLockingFailureException("Cohort " + id + " changed since version " + version);
		}
		return cohort;
	}

}
