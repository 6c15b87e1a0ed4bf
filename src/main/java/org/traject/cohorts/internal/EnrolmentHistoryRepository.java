package org.traject.cohorts.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EnrolmentHistoryRepository extends JpaRepository<EnrolmentHistoryEntry, Long> {

	@Query("select h from EnrolmentHistoryEntry h where h.enrolmentId in :enrolmentIds order by h.occurredAt, h.id")
	List<EnrolmentHistoryEntry> findOf(Collection<Long> enrolmentIds);

}
