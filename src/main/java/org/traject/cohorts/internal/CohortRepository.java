package org.traject.cohorts.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.traject.cohorts.CohortStatus;

public interface CohortRepository extends JpaRepository<Cohort, Long> {

	boolean existsByProgrammeIdAndCode(long programmeId, String code);

	/*
	 * "left join fetch" rather than an entity graph: Hibernate keeps the translated SQL
	 * of a fetch join in its query plan cache, but translates an entity-graph query again
	 * on every call (a tenth of a sign-up's CPU, measured in the rush profile of issue
	 * 20).
	 */
	@Query("select c from Cohort c left join fetch c.sessions where c.id = :id")
	Optional<Cohort> findWithSessions(long id);

	/**
	 * Upcoming cohorts of one programme that a visitor may see, with their sessions, in
	 * one statement.
	 */
	@EntityGraph(attributePaths = "sessions")
	@Query("""
			select distinct c from Cohort c
			where c.programmeId = :programmeId and c.status in :statuses and c.endDate >= current_date
			order by c.startDate, c.id""")
	List<Cohort> findUpcoming(long programmeId, Collection<CohortStatus> statuses);

	@Query("""
			select distinct c from Cohort c left join fetch c.sessions
			where c.programmeId = :programmeId order by c.startDate desc, c.id""")
	List<Cohort> findAllOfProgramme(long programmeId);

	@EntityGraph(attributePaths = "sessions")
	@Query("select distinct c from Cohort c where c.id in :ids")
	List<Cohort> findAllWithSessions(Collection<Long> ids);

	@Query("select c.programmeId from Cohort c where c.id = :id")
	Optional<Long> programmeIdOf(long id);

	List<Cohort> findByProgrammeIdOrderByStartDateAscIdAsc(long programmeId);

}
