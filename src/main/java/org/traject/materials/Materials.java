package org.traject.materials;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.materials.internal.MaterialStore;

/**
 * The materials module's facade for other modules: what a cohort's participants are
 * given, to list in an email with a link to {@code /my}.
 */
@Service
public class Materials {

	private final MaterialStore store;

	Materials(MaterialStore store) {
		this.store = store;
	}

	/** The programme's materials and the cohort's own, in the order they were added. */
	@Transactional(readOnly = true)
	public List<MaterialView> ofCohort(long programmeId, long cohortId) {
		return store.ofCohort(programmeId, cohortId);
	}

}
