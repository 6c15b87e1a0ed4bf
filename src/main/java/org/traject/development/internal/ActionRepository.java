package org.traject.development.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionRepository extends JpaRepository<PlanAction, Long> {

}
