package org.traject.development.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GoalRepository extends JpaRepository<PlanGoal, Long> {

	@Query(value = """
			select count(distinct g.plan_id) from plan_goal g
			join plan_goal_competency c on c.goal_id = g.id
			where c.profile_version_id = :versionId""", nativeQuery = true)
	long countPlansUsingVersion(long versionId);

}
