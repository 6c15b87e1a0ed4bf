package org.traject.competencies.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProfileVersionRepository extends JpaRepository<ProfileVersion, Long> {

	@Query("select v from ProfileVersion v join fetch v.profile order by v.profile.id, v.number")
	List<ProfileVersion> findAllWithProfile();

	@Query("select v from ProfileVersion v where v.profile.id = :profileId order by v.number")
	List<ProfileVersion> findByProfile(long profileId);

	@Query("select v from ProfileVersion v where v.profile.id = :profileId and v.status = :status")
	Optional<ProfileVersion> findByProfileAndStatus(long profileId, ProfileStatus status);

	@Query("select v from ProfileVersion v where v.status = org.traject.competencies.internal.ProfileStatus.PUBLISHED order by v.id")
	List<ProfileVersion> findPublished();

	@Query("select coalesce(max(v.number), 0) from ProfileVersion v where v.profile.id = :profileId")
	int highestNumber(long profileId);

	@Query("select count(v) from ProfileVersion v where v.status = :status")
	long countByStatus(ProfileStatus status);

	@Query("select count(c) from Competency c where c.profileVersion.status = org.traject.competencies.internal.ProfileStatus.PUBLISHED")
	long countPublishedCompetencies();

}
