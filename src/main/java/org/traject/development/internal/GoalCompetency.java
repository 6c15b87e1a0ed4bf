package org.traject.development.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A competency a goal develops, with its name as the (frozen) profile version has it. */
@Embeddable
public record GoalCompetency(@Column(name = "competency_id", nullable = false) long competencyId,
		@Column(name = "profile_version_id", nullable = false) long profileVersionId,
		@Column(name = "competency_name", nullable = false) String competencyName) {
}
