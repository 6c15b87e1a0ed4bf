package org.traject.development.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<DevelopmentPlan, Long> {

	Optional<DevelopmentPlan> findByPersonId(long personId);

}
