package org.traject.cohorts.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.traject.cohorts.EnrolmentStatus;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

	/**
	 * The cohort of an enrolment, without loading the entity (it is loaded once the
	 * cohort is locked).
	 */
	@Query("select e.cohortId from Enrolment e where e.id = :id")
	Optional<Long> cohortIdOf(long id);

	@Query("""
			select e from Enrolment e
			where e.cohortId = :cohortId and e.status = org.traject.cohorts.EnrolmentStatus.WAITLISTED
			order by e.waitlistPosition""")
	List<Enrolment> waitlist(long cohortId);

	/**
	 * How many wait: the last position, as the waitlist is numbered 1..N (read under the
	 * cohort's lock).
	 */
	@Query("""
			select count(e) from Enrolment e
			where e.cohortId = :cohortId and e.status = org.traject.cohorts.EnrolmentStatus.WAITLISTED""")
	int waitlistLength(long cohortId);

	/**
	 * Whether the person holds an active enrolment ({@link EnrolmentStatus#ACTIVE}) in
	 * the cohort. The statuses are written out, not passed as a list: Hibernate
	 * translates a query with a list parameter again on every call.
	 */
	@Query("""
			select count(e) > 0 from Enrolment e
			where e.cohortId = :cohortId and e.personId = :personId
			  and e.status in (org.traject.cohorts.EnrolmentStatus.AWAITING_APPROVAL,
			                   org.traject.cohorts.EnrolmentStatus.WAITLISTED,
			                   org.traject.cohorts.EnrolmentStatus.OFFERED,
			                   org.traject.cohorts.EnrolmentStatus.CONFIRMED)""")
	boolean hasActiveEnrolment(long cohortId, long personId);

	List<Enrolment> findByPersonIdOrderByRequestedAtDesc(long personId);

	List<Enrolment> findByCohortIdOrderByRequestedAtAscIdAsc(long cohortId);

	long countByCohortIdAndStatus(long cohortId, EnrolmentStatus status);

}
