package org.traject.competencies.internal;

import org.traject.people.Actor;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * Who changed which profile version how, and when. Written in the same transaction as the
 * change; never edited.
 */
@Entity
@Table(name = "competency_audit")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Instant at;

	@Column(name = "actor_id")
	private @Nullable Long actorId;

	@Column(name = "actor_name", nullable = false)
	private String actorName;

	@Column(name = "profile_id")
	private @Nullable Long profileId;

	@Column(name = "profile_version_id")
	private @Nullable Long profileVersionId;

	@Column(nullable = false)
	private String action;

	private @Nullable String detail;

	protected AuditEntry() {
	}

	AuditEntry(Instant at, Actor actor, @Nullable Long profileId, @Nullable Long profileVersionId, AuditAction action,
			@Nullable String detail) {
		this.at = at;
		this.actorId = actor.personId();
		this.actorName = actor.displayName();
		this.profileId = profileId;
		this.profileVersionId = profileVersionId;
		this.action = action.name();
		this.detail = detail;
	}

	public Long getId() {
		return id;
	}

	public Instant getAt() {
		return at;
	}

	public @Nullable Long getActorId() {
		return actorId;
	}

	public String getActorName() {
		return actorName;
	}

	public @Nullable Long getProfileId() {
		return profileId;
	}

	public @Nullable Long getProfileVersionId() {
		return profileVersionId;
	}

	public String getAction() {
		return action;
	}

	public @Nullable String getDetail() {
		return detail;
	}

}
