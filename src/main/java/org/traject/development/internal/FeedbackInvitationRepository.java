package org.traject.development.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackInvitationRepository extends JpaRepository<FeedbackInvitation, Long> {

	Optional<FeedbackInvitation> findByTokenHash(String tokenHash);

	List<FeedbackInvitation> findByAssessmentIdOrderByInvitedAtAscIdAsc(long assessmentId);

}
