package org.traject.development.internal;

import org.traject.development.Relation;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A request to a manager or a peer to rate the competencies of one measurement, reached
 * through a personal link. The link works once and until it expires, and not after the
 * participant withdrew it.
 */
@Entity
@Table(name = "feedback_invitation")
public class FeedbackInvitation {

	public enum Status {

		PENDING, ANSWERED, WITHDRAWN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "assessment_id", nullable = false)
	private long assessmentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Relation relation;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String email;

	@Column(nullable = false)
	private String language;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "invited_at", nullable = false)
	private Instant invitedAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "answered_at")
	private @Nullable Instant answeredAt;

	@Column(name = "withdrawn_at")
	private @Nullable Instant withdrawnAt;

	@ElementCollection
	@CollectionTable(name = "feedback_rating", joinColumns = @JoinColumn(name = "invitation_id"))
	@MapKeyColumn(name = "competency_id")
	@Column(name = "level", nullable = false)
	private Map<Long, Integer> ratings = new HashMap<>();

	@Version
	private long version;

	protected FeedbackInvitation() {
	}

	public FeedbackInvitation(long assessmentId, Relation relation, String name, String email, String language,
			String tokenHash, Instant invitedAt, Instant expiresAt) {
		this.assessmentId = assessmentId;
		this.relation = relation;
		this.name = name.strip();
		this.email = email.strip().toLowerCase(java.util.Locale.ROOT);
		this.language = language;
		this.tokenHash = tokenHash;
		this.status = Status.PENDING;
		this.invitedAt = invitedAt;
		this.expiresAt = expiresAt;
	}

	public boolean isExpired(Instant now) {
		return !now.isBefore(expiresAt);
	}

	/** Why the link cannot be used now, as a message key; null while it can. */
	public @Nullable String unavailableReason(Instant now) {
		return switch (status) {
			case ANSWERED -> "development.feedback.unavailable.answered";
			case WITHDRAWN -> "development.feedback.unavailable.withdrawn";
			case PENDING -> isExpired(now) ? "development.feedback.unavailable.expired" : null;
		};
	}

	public void answer(Map<Long, Integer> levels, Instant at) {
		String reason = unavailableReason(at);
		if (reason != null) {
			throw new DevelopmentRuleException(reason);
		}
		ratings.clear();
		ratings.putAll(levels);
		status = Status.ANSWERED;
		answeredAt = at;
	}

	/**
	 * Only a pending link can be withdrawn; an answer already given stays (it was given
	 * in good faith).
	 */
	public void withdraw(Instant at) {
		if (status != Status.PENDING) {
			throw new DevelopmentRuleException("development.feedback.notWithdrawable");
		}
		status = Status.WITHDRAWN;
		withdrawnAt = at;
	}

	public Long getId() {
		return id;
	}

	public long getAssessmentId() {
		return assessmentId;
	}

	public Relation getRelation() {
		return relation;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public String getLanguage() {
		return language;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getInvitedAt() {
		return invitedAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public @Nullable Instant getAnsweredAt() {
		return answeredAt;
	}

	public Map<Long, Integer> getRatings() {
		return Map.copyOf(ratings);
	}

	public long getVersion() {
		return version;
	}

}
