package org.traject.development.internal;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.development.DevelopmentImport.SelfRating;
import org.traject.development.Relation;

/**
 * Measurements taken elsewhere (another system, the demo data), written with their own
 * dates; see {@code org.traject.development.DevelopmentImport}.
 */
@Service
public class MeasurementImport {

	private final AssessmentRepository assessments;

	private final FeedbackInvitationRepository invitations;

	private final Answers answers;

	MeasurementImport(AssessmentRepository assessments, FeedbackInvitationRepository invitations, Answers answers) {
		this.assessments = assessments;
		this.invitations = invitations;
		this.answers = answers;
	}

	@Transactional(readOnly = true)
	public boolean hasMeasurements(long personId) {
		return assessments.existsByPersonId(personId);
	}

	/**
	 * A submitted measurement: started at {@code startedAt}, every answer given then,
	 * handed in at {@code submittedAt}. Returns its id.
	 * @param ratings level and affinity by competency id, one for each of the profile's
	 * competencies
	 */
	@Transactional
	public long importSubmitted(long personId, long profileVersionId, @Nullable Long programmeId, Instant startedAt,
			Instant submittedAt, Map<Long, SelfRating> ratings) {
		var assessment = assessments.save(new Assessment(personId, profileVersionId, programmeId, startedAt));
		ratings.forEach((competencyId, rating) -> answers.save(assessment.getId(),
				new Answers.Answer(competencyId, rating.level(), rating.affinity(), null), startedAt));
		assessment.submit(ratings.size(), ratings.size(), submittedAt);
		return assessment.getId();
	}

	/**
	 * Feedback on a measurement, asked at {@code invitedAt} and answered at
	 * {@code answeredAt}, with the levels by competency id. The link it was asked with is
	 * not known (a new one is made and never sent).
	 */
	@Transactional
	public void importAnsweredFeedback(long assessmentId, Relation relation, String name, String email, String language,
			Instant invitedAt, Instant answeredAt, Map<Long, Integer> levels) {
		var invitation = invitations.save(new FeedbackInvitation(assessmentId, relation, name, email, language,
				FeedbackTokens.hash(FeedbackTokens.newToken()), invitedAt,
				invitedAt.plus(Measurements.INVITATION_VALIDITY)));
		invitation.answer(levels, answeredAt);
	}

}
