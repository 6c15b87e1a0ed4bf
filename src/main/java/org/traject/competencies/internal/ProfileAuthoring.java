package org.traject.competencies.internal;

import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.competencies.ProfileDocument;
import org.traject.people.Actor;

/**
 * Writing profiles from code, by ids: the same steps an administrator takes in the
 * profile editor ({@link ProfileEditing}) and the import ({@link ProfileExchange}), with
 * the same checks and the same audit entries, but answering with version ids instead of
 * the entities, so that the caller needs nothing of this module's model but the exchange
 * format ({@link ProfileDocument}). Other modules reach it through the facade
 * {@link org.traject.competencies.ProfileImport}, for imports of known profiles and the
 * demo data.
 * <p>
 * A caller that has seen no page passes no version it saw: each change is made on the
 * version as it is now.
 */
@Service
@Transactional
public class ProfileAuthoring {

	private final CompetencyProfileRepository profiles;

	private final ProfileExchange exchange;

	private final ProfileEditing editing;

	ProfileAuthoring(CompetencyProfileRepository profiles, ProfileExchange exchange, ProfileEditing editing) {
		this.profiles = profiles;
		this.exchange = exchange;
		this.editing = editing;
	}

	/** Whether a profile with this code exists. */
	@Transactional(readOnly = true)
	public boolean exists(String code) {
		return profiles.findByCode(code).isPresent();
	}

	/**
	 * Creates a profile with a stable code (which the import page does not set) from a
	 * document, checked as an import is, and recorded as created. @return the id of its
	 * first version, a draft
	 */
	public long create(Actor actor, String code, ProfileDocument document) {
		return exchange.importDocument(actor, code, document, AuditAction.PROFILE_CREATED).getId();
	}

	/** Publishes a draft, retiring the version published before. @return its id */
	public long publish(Actor actor, long versionId) {
		return editing.publish(actor, versionId, editing.find(versionId).getVersion()).getId();
	}

	/**
	 * A draft to edit a published version in (a new copy, or the draft there is). @return
	 * its id
	 */
	public long edit(Actor actor, long versionId) {
		return editing.edit(actor, versionId).getId();
	}

	/** Adds a competency to the draft's cluster of that name. */
	public void addCompetency(Actor actor, long draftId, String clusterName, ProfileDocument.Competency competency) {
		var draft = editing.find(draftId);
		var cluster = draft.clusterNamed(clusterName).orElseThrow();
		editing.addCompetency(actor, draftId, draft.getVersion(), details(cluster.getId(), competency));
	}

	/** Changes the target level of the draft's competency of that name. */
	public void changeTargetLevel(Actor actor, long draftId, String competencyName, int targetLevel) {
		var draft = editing.find(draftId);
		var competency = draft.getClusters()
			.stream()
			.flatMap(c -> c.getCompetencies().stream())
			.filter(c -> c.getName().equals(competencyName))
			.findFirst()
			.orElseThrow();
		var details = competency.details();
		editing.changeCompetency(actor, draftId, draft.getVersion(), competency.getId(), new CompetencyDetails(
				details.clusterId(), details.name(), details.description(), targetLevel, details.indicators()));
	}

	private static CompetencyDetails details(long clusterId, ProfileDocument.Competency competency) {
		return new CompetencyDetails(clusterId, Objects.requireNonNull(competency.name()), competency.description(),
				competency.targetLevel() == null ? 0 : competency.targetLevel(),
				ProfileExchange.cleanIndicators(competency.indicators()));
	}

}
