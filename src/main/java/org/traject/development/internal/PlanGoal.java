package org.traject.development.internal;

import org.traject.development.GoalDetails;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A goal in a development plan. Its actions, evidence and comments are rows of their own,
 * so adding one of them (or a coach commenting) never conflicts with someone editing the
 * goal's text.
 */
@Entity
@Table(name = "plan_goal")
public class PlanGoal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id", nullable = false)
	private long planId;

	@Column(nullable = false)
	private String title;

	private @Nullable String description;

	@Column(name = "success_criteria")
	private @Nullable String successCriteria;

	@Column(name = "target_date")
	private @Nullable LocalDate targetDate;

	@ElementCollection
	@CollectionTable(name = "plan_goal_competency", joinColumns = @JoinColumn(name = "goal_id"))
	private Set<GoalCompetency> competencies = new HashSet<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected PlanGoal() {
	}

	public PlanGoal(long planId, GoalDetails details, Collection<GoalCompetency> competencies, Instant at) {
		this.planId = planId;
		this.createdAt = at;
		revise(details, competencies, at);
	}

	public final void revise(GoalDetails details, Collection<GoalCompetency> competencies, Instant at) {
		this.title = details.title().strip();
		this.description = blankToNull(details.description());
		this.successCriteria = blankToNull(details.successCriteria());
		this.targetDate = details.targetDate();
		this.competencies.clear();
		this.competencies.addAll(competencies);
		this.updatedAt = at;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public Long getId() {
		return id;
	}

	public long getPlanId() {
		return planId;
	}

	public String getTitle() {
		return title;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public @Nullable String getSuccessCriteria() {
		return successCriteria;
	}

	public @Nullable LocalDate getTargetDate() {
		return targetDate;
	}

	public Set<GoalCompetency> getCompetencies() {
		return Set.copyOf(competencies);
	}

	public long getVersion() {
		return version;
	}

}
