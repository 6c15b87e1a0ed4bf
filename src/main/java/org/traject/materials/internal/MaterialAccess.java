package org.traject.materials.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.traject.cohorts.Cohorts;
import org.traject.cohorts.EnrolmentStatus;
import org.traject.cohorts.EnrolmentView;
import org.traject.materials.MaterialView;

/**
 * Who sees which materials: a person with a confirmed place sees their programme's
 * materials and their cohort's own; for anyone else a material does not exist.
 */
@Component
public class MaterialAccess {

	private final Cohorts cohorts;

	private final MaterialStore store;

	MaterialAccess(Cohorts cohorts, MaterialStore store) {
		this.cohorts = cohorts;
		this.store = store;
	}

	/** The materials of one confirmed place, with the person's own hand-ins. */
	public record Group(EnrolmentView enrolment, List<MaterialView> materials, Set<Long> handedIn) {
	}

	@Transactional(readOnly = true)
	public List<Group> of(long personId) {
		var groups = new ArrayList<Group>();
		for (var e : confirmed(personId)) {
			var materials = store.ofCohort(e.programmeId(), e.cohortId());
			if (materials.isEmpty()) {
				continue;
			}
			var handIns = store
				.handIns(materials.stream().filter(MaterialView::asksHandIn).map(MaterialView::id).toList());
			Set<Long> mine = handIns.entrySet()
				.stream()
				.filter(x -> x.getValue().stream().anyMatch(h -> h.personId() == personId))
				.map(java.util.Map.Entry::getKey)
				.collect(Collectors.toSet());
			groups.add(new Group(e, materials, mine));
		}
		return groups;
	}

	/** The material, when the person may see it. */
	@Transactional(readOnly = true)
	public Optional<MaterialView> visible(long personId, long materialId) {
		return store.find(materialId)
			.filter(m -> confirmed(personId).stream()
				.anyMatch(e -> e.programmeId() == m.programmeId()
						&& (m.cohortId() == null || m.cohortId() == e.cohortId())));
	}

	private List<EnrolmentView> confirmed(long personId) {
		return cohorts.enrolmentsOf(personId).stream().filter(e -> e.status() == EnrolmentStatus.CONFIRMED).toList();
	}

}
