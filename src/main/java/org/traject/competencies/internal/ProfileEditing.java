package org.traject.competencies.internal;

import org.traject.people.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.traject.competencies.ProfileVersionPublished;

/**
 * Every change to a profile goes through here: it checks the version the editor saw
 * (optimistic locking), applies the change to the draft, and records it in the audit log
 * in the same transaction.
 */
@Service
@Transactional
public class ProfileEditing {

	private static final int DEFAULT_LEVELS = 5;

	private final CompetencyProfileRepository profiles;

	private final ProfileVersionRepository versions;

	private final AuditRepository audit;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	ProfileEditing(CompetencyProfileRepository profiles, ProfileVersionRepository versions, AuditRepository audit,
			ApplicationEventPublisher events, MessageSource messages) {
		this.profiles = profiles;
		this.versions = versions;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.clock = Clock.systemUTC();
	}

	/**
	 * A new profile typed by an administrator starts with a five-level scale in its own
	 * language, for the administrator to adapt.
	 */
	public ProfileVersion createProfile(Actor actor, ProfileDetails details) {
		return createProfile(actor, null, details, defaultScale(details.defaultLanguage()));
	}

	private List<ScaleLevel> defaultScale(String language) {
		var locale = Locale.forLanguageTag(language);
		var scale = new ArrayList<ScaleLevel>();
		for (int level = 1; level <= DEFAULT_LEVELS; level++) {
			scale.add(new ScaleLevel(level,
					messages.getMessage("competencies.scale.default." + level + ".label", null, locale),
					messages.getMessage("competencies.scale.default." + level + ".descriptor", null, locale)));
		}
		return scale;
	}

	public ProfileVersion createProfile(Actor actor, @Nullable String code, ProfileDetails details,
			List<ScaleLevel> scale) {
		Instant now = clock.instant();
		var profile = profiles.save(new CompetencyProfile(code, now));
		var draft = versions.save(ProfileVersion.firstDraft(profile, details, scale, now));
		record(actor, draft, AuditAction.PROFILE_CREATED, draft.defaultText().name());
		return draft;
	}

	public void describe(Actor actor, long versionId, long seen, ProfileDetails details) {
		var draft = load(versionId, seen);
		draft.describe(details, clock.instant());
		record(actor, draft, AuditAction.PROFILE_DESCRIBED, draft.defaultText().name());
	}

	public void changeScale(Actor actor, long versionId, long seen, List<ScaleLevel> scale) {
		var draft = load(versionId, seen);
		draft.changeScale(scale, clock.instant());
		record(actor, draft, AuditAction.SCALE_CHANGED, scale.size() + " levels");
	}

	public CompetencyCluster addCluster(Actor actor, long versionId, long seen, String name,
			@Nullable String description) {
		var draft = load(versionId, seen);
		var cluster = draft.addCluster(name.strip(), description, clock.instant());
		record(actor, draft, AuditAction.CLUSTER_ADDED, cluster.getName());
		return cluster;
	}

	public void changeCluster(Actor actor, long versionId, long seen, long clusterId, String name,
			@Nullable String description) {
		var draft = load(versionId, seen);
		String before = draft.cluster(clusterId).getName();
		draft.changeCluster(clusterId, name.strip(), description, clock.instant());
		record(actor, draft, AuditAction.CLUSTER_CHANGED,
				before.equals(name.strip()) ? before : before + " → " + name.strip());
	}

	public void removeCluster(Actor actor, long versionId, long seen, long clusterId) {
		var draft = load(versionId, seen);
		String name = draft.cluster(clusterId).getName();
		draft.removeCluster(clusterId, clock.instant());
		record(actor, draft, AuditAction.CLUSTER_REMOVED, name);
	}

	public void moveCluster(Actor actor, long versionId, long seen, long clusterId, boolean up) {
		var draft = load(versionId, seen);
		draft.moveCluster(clusterId, up, clock.instant());
		record(actor, draft, AuditAction.CLUSTER_MOVED, draft.cluster(clusterId).getName() + (up ? " ↑" : " ↓"));
	}

	public Competency addCompetency(Actor actor, long versionId, long seen, CompetencyDetails details) {
		var draft = load(versionId, seen);
		var competency = draft.addCompetency(details, clock.instant());
		record(actor, draft, AuditAction.COMPETENCY_ADDED, competency.getName());
		return competency;
	}

	public void changeCompetency(Actor actor, long versionId, long seen, long competencyId, CompetencyDetails details) {
		var draft = load(versionId, seen);
		draft.changeCompetency(competencyId, details, clock.instant());
		record(actor, draft, AuditAction.COMPETENCY_CHANGED, details.name());
	}

	public void removeCompetency(Actor actor, long versionId, long seen, long competencyId) {
		var draft = load(versionId, seen);
		String name = draft.competency(competencyId).getName();
		draft.removeCompetency(competencyId, clock.instant());
		record(actor, draft, AuditAction.COMPETENCY_REMOVED, name);
	}

	public void moveCompetency(Actor actor, long versionId, long seen, long competencyId, boolean up) {
		var draft = load(versionId, seen);
		draft.moveCompetency(competencyId, up, clock.instant());
		record(actor, draft, AuditAction.COMPETENCY_MOVED,
				draft.competency(competencyId).getName() + (up ? " ↑" : " ↓"));
	}

	/**
	 * Publishes a draft and retires the version it replaces. The old version is retired
	 * and flushed first, because the database allows only one published version per
	 * profile at any moment.
	 */
	public ProfileVersion publish(Actor actor, long versionId, long seen) {
		var draft = load(versionId, seen);
		Instant now = clock.instant();
		var previous = versions.findByProfileAndStatus(draft.getProfile().getId(), ProfileStatus.PUBLISHED);
		previous.ifPresent(p -> {
			p.retire(now);
			versions.saveAndFlush(p);
			record(actor, p, AuditAction.VERSION_RETIRED, "v" + p.getNumber());
		});
		draft.publish(now);
		record(actor, draft, AuditAction.VERSION_PUBLISHED, "v" + draft.getNumber());
		events.publishEvent(new ProfileVersionPublished(draft.getProfile().getId(), draft.getId(), draft.getNumber(),
				previous.map(ProfileVersion::getId).orElse(null)));
		return draft;
	}

	/**
	 * Retires a published version without a successor: the profile is no longer offered.
	 */
	public void retire(Actor actor, long versionId, long seen) {
		var version = load(versionId, seen);
		version.retire(clock.instant());
		record(actor, version, AuditAction.VERSION_RETIRED, "v" + version.getNumber());
	}

	/**
	 * "Edit" on a version: a draft is edited as it is; a published or retired version is
	 * copied into a new draft, unless the profile already has a draft, which is then
	 * returned instead.
	 */
	public ProfileVersion edit(Actor actor, long versionId) {
		var version = find(versionId);
		if (version.isDraft()) {
			return version;
		}
		long profileId = version.getProfile().getId();
		var existing = versions.findByProfileAndStatus(profileId, ProfileStatus.DRAFT);
		if (existing.isPresent()) {
			return existing.get();
		}
		var draft = versions.save(version.copyAsDraft(versions.highestNumber(profileId) + 1, clock.instant()));
		record(actor, draft, AuditAction.DRAFT_CREATED, "v" + version.getNumber() + " → v" + draft.getNumber());
		return draft;
	}

	/** Throws away a draft; published and retired versions stay. */
	public void discardDraft(Actor actor, long versionId, long seen) {
		var draft = load(versionId, seen);
		if (!draft.isDraft()) {
			throw new ProfileRuleException(null, "competencies.version.frozen");
		}
		record(actor, draft, AuditAction.DRAFT_DISCARDED, "v" + draft.getNumber());
		versions.delete(draft);
	}

	@Transactional(readOnly = true)
	public ProfileVersion find(long versionId) {
		return versions.findById(versionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ProfileVersion load(long versionId, long seen) {
		var version = find(versionId);
		if (version.getVersion() != seen) {
			throw new ObjectOptimisticLockingFailureException(ProfileVersion.class, versionId);
		}
		return version;
	}

	void record(Actor actor, ProfileVersion version, AuditAction action, @Nullable String detail) {
		audit.save(
				new AuditEntry(clock.instant(), actor, version.getProfile().getId(), version.getId(), action, detail));
	}

}
