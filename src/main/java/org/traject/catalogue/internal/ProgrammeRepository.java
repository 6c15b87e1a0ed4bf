package org.traject.catalogue.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

	/** The programme with its modules in one statement; contacts follow in one batch. */
	@EntityGraph(attributePaths = "modules")
	@Query("select p from Programme p where p.slug = :slug")
	Optional<Programme> findBySlugWithModules(String slug);

	@EntityGraph(attributePaths = "modules")
	@Query("select p from Programme p where p.id = :id")
	Optional<Programme> findByIdWithModules(long id);

	boolean existsBySlug(String slug);

	long countByCompetencyProfileId(long profileId);

	boolean existsBySlugAndIdNot(String slug, long id);

	@Query("select p from Programme p order by p.status, p.title")
	List<Programme> findAllForEditing();

}
