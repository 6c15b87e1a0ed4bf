package org.traject.cohorts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.traject.cohorts.CohortSettings;
import org.traject.cohorts.CohortStatus;
import org.traject.cohorts.SeatRelease;

/**
 * One run of a programme: dates, place, capacity and enrolment window. The seat counter
 * {@code confirmedCount} is never changed through this entity: the enrolment rules change
 * it with conditional SQL updates so that the database decides who gets the last seat.
 */
@Entity
@Table(name = "cohort")
public class Cohort {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "programme_id", nullable = false, updatable = false)
	private long programmeId;

	@Column(nullable = false)
	private String code;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	private @Nullable String location;

	@Column(nullable = false)
	private boolean online;

	@Column(name = "time_zone", nullable = false)
	private String timeZone;

	@Column(nullable = false)
	private int capacity;

	@Column(name = "min_participants", nullable = false)
	private int minParticipants;

	@Column(name = "enrolment_opens")
	private @Nullable LocalDate enrolmentOpens;

	@Column(name = "enrolment_closes")
	private @Nullable LocalDate enrolmentCloses;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CohortStatus status = CohortStatus.PLANNED;

	@Enumerated(EnumType.STRING)
	@Column(name = "seat_release", nullable = false)
	private SeatRelease seatRelease = SeatRelease.CONFIRM_NEXT;

	@Column(name = "offer_hours", nullable = false)
	private int offerHours = 48;

	@Column(name = "confirmed_count", nullable = false, insertable = false, updatable = false)
	private int confirmedCount;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Version
	private long version;

	@OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("startsAt")
	private List<CohortSession> sessions = new ArrayList<>();

	protected Cohort() {
	}

	public Cohort(long programmeId, CohortSettings settings) {
		this.programmeId = programmeId;
		change(settings);
	}

	/**
	 * Replaces the settings; the caller validated them (see
	 * {@link CohortSettings#problems()}).
	 */
	public void change(CohortSettings s) {
		this.code = s.code();
		this.startDate = s.startDate();
		this.endDate = s.endDate();
		this.location = s.location();
		this.online = s.online();
		this.timeZone = s.timeZone();
		this.capacity = s.capacity();
		this.minParticipants = s.minParticipants();
		this.enrolmentOpens = s.enrolmentOpens();
		this.enrolmentCloses = s.enrolmentCloses();
		this.seatRelease = s.seatRelease();
		this.offerHours = s.offerHours();
	}

	public void openForEnrolment() {
		this.status = CohortStatus.OPEN;
	}

	public void changeStatus(CohortStatus status) {
		this.status = status;
	}

	public CohortSession addSession(@Nullable Long programmeModuleId, String title, Instant startsAt, Instant endsAt,
			@Nullable String location) {
		var session = new CohortSession(this, programmeModuleId, title, startsAt, endsAt, location);
		sessions.add(session);
		sessions.sort(Comparator.comparing(CohortSession::getStartsAt));
		return session;
	}

	public void removeSession(long sessionId) {
		sessions.removeIf(s -> s.getId() != null && s.getId() == sessionId);
	}

	/** Moves one of the cohort's sessions; false when the cohort has no such session. */
	public boolean rescheduleSession(long sessionId, Instant startsAt, Instant endsAt, @Nullable String location) {
		var session = session(sessionId);
		if (session == null) {
			return false;
		}
		session.reschedule(startsAt, endsAt, location);
		sessions.sort(Comparator.comparing(CohortSession::getStartsAt));
		return true;
	}

	public @Nullable CohortSession session(long sessionId) {
		return sessions.stream().filter(s -> s.getId() != null && s.getId() == sessionId).findFirst().orElse(null);
	}

	public int seatsLeft() {
		return Math.max(0, capacity - confirmedCount);
	}

	public ZoneId zone() {
		return ZoneId.of(timeZone);
	}

	public Long getId() {
		return id;
	}

	public long getProgrammeId() {
		return programmeId;
	}

	public String getCode() {
		return code;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public @Nullable String getLocation() {
		return location;
	}

	public boolean isOnline() {
		return online;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public int getCapacity() {
		return capacity;
	}

	public int getMinParticipants() {
		return minParticipants;
	}

	public @Nullable LocalDate getEnrolmentOpens() {
		return enrolmentOpens;
	}

	public @Nullable LocalDate getEnrolmentCloses() {
		return enrolmentCloses;
	}

	public CohortStatus getStatus() {
		return status;
	}

	public SeatRelease getSeatRelease() {
		return seatRelease;
	}

	public int getOfferHours() {
		return offerHours;
	}

	public int getConfirmedCount() {
		return confirmedCount;
	}

	public long getVersion() {
		return version;
	}

	public List<CohortSession> getSessions() {
		return List.copyOf(sessions);
	}

}
