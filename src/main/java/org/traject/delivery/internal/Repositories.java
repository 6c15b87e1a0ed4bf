package org.traject.delivery.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompletionRuleRepository extends JpaRepository<StoredCompletionRule, Long> {

}

interface CompletionRepository extends JpaRepository<Completion, Long> {

	List<Completion> findByCohortId(long cohortId);

	Optional<Completion> findByEnrolmentId(long enrolmentId);

}

interface AwardRepository extends JpaRepository<Award, Long> {

	List<Award> findByPersonIdOrderByCompletedOnDescIdDesc(long personId);

	List<Award> findByProgrammeIdOrderByCompletedOnDescIdDesc(long programmeId);

	List<Award> findByCompletionIdIn(Collection<Long> completionIds);

	Optional<Award> findByCertificateNumber(String certificateNumber);

	boolean existsByCertificateNumber(String certificateNumber);

}

interface CareerOutcomeRepository extends JpaRepository<CareerOutcome, Long> {

	Optional<CareerOutcome> findByAwardId(long awardId);

	List<CareerOutcome> findByAwardIdIn(Collection<Long> awardIds);

}
