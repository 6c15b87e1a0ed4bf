package org.traject.cohorts.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A dated meeting of a cohort, for one of the programme's modules. Times are instants,
 * shown in the cohort's zone.
 */
@Entity
@Table(name = "cohort_session")
public class CohortSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "cohort_id")
	private Cohort cohort;

	@Column(name = "programme_module_id")
	private @Nullable Long programmeModuleId;

	@Column(nullable = false)
	private String title;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	private @Nullable String location;

	protected CohortSession() {
	}

	CohortSession(Cohort cohort, @Nullable Long programmeModuleId, String title, Instant startsAt, Instant endsAt,
			@Nullable String location) {
		this.cohort = cohort;
		this.programmeModuleId = programmeModuleId;
		this.title = title;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.location = location;
	}

	/**
	 * Moves the session to another time or place; the database counts the change
	 * (sequence, changed_at) for calendars that subscribed to it.
	 */
	void reschedule(Instant startsAt, Instant endsAt, @Nullable String location) {
		if (!endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("A session ends after it starts");
		}
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.location = location;
	}

	public Long getId() {
		return id;
	}

	public @Nullable Long getProgrammeModuleId() {
		return programmeModuleId;
	}

	public String getTitle() {
		return title;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public @Nullable String getLocation() {
		return location;
	}

}
