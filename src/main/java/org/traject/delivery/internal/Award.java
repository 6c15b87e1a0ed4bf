package org.traject.delivery.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.traject.catalogue.AccreditationRegister;

/**
 * What a completion awarded, with the certificate's number. Every value is a copy taken
 * when the award was made (name, programme, dates, days, points, register), so a later
 * edit of the programme or the person never changes a certificate that was issued. Never
 * changed afterwards.
 */
@Entity
@Table(name = "delivery_award")
class Award {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "completion_id", nullable = false, updatable = false)
	private long completionId;

	@Column(name = "person_id", nullable = false, updatable = false)
	private long personId;

	@Column(name = "programme_id", nullable = false, updatable = false)
	private long programmeId;

	@Column(name = "cohort_id", nullable = false, updatable = false)
	private long cohortId;

	@Column(name = "certificate_number", nullable = false, updatable = false)
	private String certificateNumber;

	@Column(name = "participant_name", nullable = false, updatable = false)
	private String participantName;

	@Column(name = "programme_title", nullable = false, updatable = false)
	private String programmeTitle;

	@Column(name = "programme_language", nullable = false, updatable = false)
	private String programmeLanguage;

	@Column(name = "cohort_code", nullable = false, updatable = false)
	private String cohortCode;

	@Column(name = "cohort_start", nullable = false, updatable = false)
	private LocalDate cohortStart;

	@Column(name = "cohort_end", nullable = false, updatable = false)
	private LocalDate cohortEnd;

	@Column(nullable = false, updatable = false, precision = 6, scale = 1)
	private BigDecimal days;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private @Nullable AccreditationRegister register;

	@Column(updatable = false, precision = 6, scale = 1)
	private @Nullable BigDecimal points;

	@Column(name = "renewal_years", updatable = false)
	private @Nullable Integer renewalYears;

	@Column(name = "completed_on", nullable = false, updatable = false)
	private LocalDate completedOn;

	@Column(name = "registration_valid_until", updatable = false)
	private @Nullable LocalDate registrationValidUntil;

	@Column(name = "issued_at", nullable = false, updatable = false)
	private Instant issuedAt;

	protected Award() {
	}

	Award(long completionId, long personId, long programmeId, long cohortId, String certificateNumber,
			String participantName, String programmeTitle, String programmeLanguage, String cohortCode,
			LocalDate cohortStart, LocalDate cohortEnd, BigDecimal days, @Nullable AccreditationRegister register,
			@Nullable BigDecimal points, @Nullable Integer renewalYears, LocalDate completedOn) {
		this.completionId = completionId;
		this.personId = personId;
		this.programmeId = programmeId;
		this.cohortId = cohortId;
		this.certificateNumber = certificateNumber;
		this.participantName = participantName;
		this.programmeTitle = programmeTitle;
		this.programmeLanguage = programmeLanguage;
		this.cohortCode = cohortCode;
		this.cohortStart = cohortStart;
		this.cohortEnd = cohortEnd;
		this.days = days;
		this.register = register;
		this.points = points;
		this.renewalYears = renewalYears;
		this.completedOn = completedOn;
		this.registrationValidUntil = register == null ? null : Accreditation.validUntil(completedOn, renewalYears);
		this.issuedAt = Instant.now();
	}

	LearningRecords.AwardView view() {
		return new LearningRecords.AwardView(id, completionId, personId, programmeId, cohortId, certificateNumber,
				participantName, programmeTitle, programmeLanguage, cohortCode, cohortStart, cohortEnd, days, register,
				points, renewalYears, completedOn, registrationValidUntil, issuedAt);
	}

	Long getId() {
		return id;
	}

	long getPersonId() {
		return personId;
	}

	long getProgrammeId() {
		return programmeId;
	}

	long getCompletionId() {
		return completionId;
	}

	String getCertificateNumber() {
		return certificateNumber;
	}

}
