package org.traject.competencies;

import org.springframework.stereotype.Service;
import org.traject.competencies.internal.ProfileAuthoring;
import org.traject.people.Actor;

/**
 * The competencies module's facade for callers without a page (the demo data, imports of
 * known profiles): a profile created from its exchange format ({@link ProfileDocument}),
 * published and edited by version ids, with the same checks and audit entries as the
 * profile editor and the import page ({@code ProfileAuthoring} calls their services). A
 * caller that has seen no page passes no version it saw: each change is made on the
 * version as it is now.
 */
@Service
public class ProfileImport {

	private final ProfileAuthoring authoring;

	ProfileImport(ProfileAuthoring authoring) {
		this.authoring = authoring;
	}

	/** Whether a profile with this code exists. */
	public boolean exists(String code) {
		return authoring.exists(code);
	}

	/**
	 * Creates a profile with a stable code from a document, checked as an import is, and
	 * recorded as created. @return the id of its first version, a draft
	 */
	public long create(Actor actor, String code, ProfileDocument document) {
		return authoring.create(actor, code, document);
	}

	/** Publishes a draft, retiring the version published before. @return its id */
	public long publish(Actor actor, long versionId) {
		return authoring.publish(actor, versionId);
	}

	/**
	 * A draft to edit a published version in (a new copy, or the draft there is). @return
	 * its id
	 */
	public long edit(Actor actor, long versionId) {
		return authoring.edit(actor, versionId);
	}

	/** Adds a competency to the draft's cluster of that name. */
	public void addCompetency(Actor actor, long draftId, String clusterName, ProfileDocument.Competency competency) {
		authoring.addCompetency(actor, draftId, clusterName, competency);
	}

	/** Changes the target level of the draft's competency of that name. */
	public void changeTargetLevel(Actor actor, long draftId, String competencyName, int targetLevel) {
		authoring.changeTargetLevel(actor, draftId, competencyName, targetLevel);
	}

}
