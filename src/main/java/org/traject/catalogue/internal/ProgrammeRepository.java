package org.traject.catalogue.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

	/**
	 * The programme with its modules in one statement; contacts follow in one batch. A
	 * fetch join, not an entity graph, so that Hibernate translates the query once (see
	 * {@code CohortRepository.findWithSessions}).
	 */
	@Query("select p from Programme p left join fetch p.modules where p.slug = :slug")
	Optional<Programme> findBySlugWithModules(String slug);

	@Query("select p from Programme p left join fetch p.modules where p.id = :id")
	Optional<Programme> findByIdWithModules(long id);

	boolean existsBySlug(String slug);

	long countByCompetencyProfileId(long profileId);

	boolean existsBySlugAndIdNot(String slug, long id);

	@Query("select p from Programme p order by p.status, p.title")
	List<Programme> findAllForEditing();

}
