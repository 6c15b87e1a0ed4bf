package org.traject.competencies.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CompetencyProfileRepository extends JpaRepository<CompetencyProfile, Long> {

	Optional<CompetencyProfile> findByCode(String code);

}
