package org.traject.development.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssessmentRepository extends JpaRepository<Assessment, Long> {

	Optional<Assessment> findByIdAndPersonId(long id, long personId);

	List<Assessment> findByPersonIdOrderByStartedAtDescIdDesc(long personId);

	Optional<Assessment> findFirstByPersonIdAndProfileVersionIdAndStatus(long personId, long profileVersionId,
			AssessmentStatus status);

	@Query("select a from Assessment a where a.personId = :personId and a.status = org.traject.development.internal.AssessmentStatus.SUBMITTED order by a.submittedAt desc, a.id desc limit 1")
	Optional<Assessment> findLatestSubmitted(long personId);

	long countByProfileVersionId(long profileVersionId);

	boolean existsByPersonId(long personId);

}
