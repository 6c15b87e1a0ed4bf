package org.traject.development.internal;

import org.traject.development.ActionStatus;

import org.traject.development.ActionType;

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
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * One step towards a goal: a module, a coaching session, an internship, something to
 * read.
 */
@Entity
@Table(name = "plan_action")
public class PlanAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "goal_id", nullable = false)
	private long goalId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActionType type;

	@Column(nullable = false)
	private String description;

	@Column(name = "due_date")
	private @Nullable LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActionStatus status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected PlanAction() {
	}

	public PlanAction(long goalId, ActionType type, String description, @Nullable LocalDate dueDate, Instant at) {
		this.goalId = goalId;
		this.type = type;
		this.description = description.strip();
		this.dueDate = dueDate;
		this.status = ActionStatus.PLANNED;
		this.createdAt = at;
	}

	public void moveTo(ActionStatus status) {
		this.status = status;
	}

	public Long getId() {
		return id;
	}

	public long getGoalId() {
		return goalId;
	}

	public ActionType getType() {
		return type;
	}

	public String getDescription() {
		return description;
	}

	public @Nullable LocalDate getDueDate() {
		return dueDate;
	}

	public ActionStatus getStatus() {
		return status;
	}

	public long getVersion() {
		return version;
	}

}
