package org.traject.development.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * One affinity measurement of one person on one profile version. Its answers are kept
 * apart (saved one by one as the participant goes, see {@link Answers}), so saving an
 * answer never collides with another tab saving another.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "profile_version_id", nullable = false)
	private long profileVersionId;

	@Column(name = "programme_id")
	private @Nullable Long programmeId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AssessmentStatus status;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "submitted_at")
	private @Nullable Instant submittedAt;

	@Version
	private long version;

	protected Assessment() {
	}

	public Assessment(long personId, long profileVersionId, @Nullable Long programmeId, Instant startedAt) {
		this.personId = personId;
		this.profileVersionId = profileVersionId;
		this.programmeId = programmeId;
		this.status = AssessmentStatus.IN_PROGRESS;
		this.startedAt = startedAt;
	}

	/** Hands the measurement in; every competency must have a level and an affinity. */
	public void submit(int answered, int competencies, Instant at) {
		if (status == AssessmentStatus.SUBMITTED) {
			throw new DevelopmentRuleException("development.measurement.alreadySubmitted");
		}
		if (answered < competencies) {
			throw new DevelopmentRuleException("development.measurement.incomplete", competencies - answered);
		}
		status = AssessmentStatus.SUBMITTED;
		submittedAt = at;
	}

	public boolean isSubmitted() {
		return status == AssessmentStatus.SUBMITTED;
	}

	public Long getId() {
		return id;
	}

	public long getPersonId() {
		return personId;
	}

	public long getProfileVersionId() {
		return profileVersionId;
	}

	public @Nullable Long getProgrammeId() {
		return programmeId;
	}

	public AssessmentStatus getStatus() {
		return status;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public @Nullable Instant getSubmittedAt() {
		return submittedAt;
	}

	public long getVersion() {
		return version;
	}

}
