package org.traject.development.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.competencies.ProfileUsage;

/** Tells the profile admin how many measurements and plans point at a profile version. */
@Component
class DevelopmentProfileUsage implements ProfileUsage {

	private final AssessmentRepository assessments;

	private final GoalRepository goals;

	DevelopmentProfileUsage(AssessmentRepository assessments, GoalRepository goals) {
		this.assessments = assessments;
		this.goals = goals;
	}

	@Override
	@Transactional(readOnly = true)
	public long usagesOf(long profileVersionId) {
		return assessments.countByProfileVersionId(profileVersionId) + goals.countPlansUsingVersion(profileVersionId);
	}

}
