package org.traject.competencies.internal;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRepository extends JpaRepository<AuditEntry, Long> {

	List<AuditEntry> findByOrderByAtDescIdDesc(Limit limit);

	List<AuditEntry> findByProfileIdOrderByAtDescIdDesc(long profileId, Limit limit);

}
