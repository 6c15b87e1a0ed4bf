package org.traject.delivery.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A programme's completion rule as stored; {@link #rule()} is the value the evaluation
 * works with.
 */
@Entity
@Table(name = "delivery_completion_rule")
class StoredCompletionRule {

	@Id
	@Column(name = "programme_id")
	private Long programmeId;

	@Enumerated(EnumType.STRING)
	@Column(name = "attendance_basis", nullable = false)
	private AttendanceBasis basis;

	@Column(name = "minimum_percent", nullable = false)
	private int minimumPercent;

	@Column(name = "excused_counts", nullable = false)
	private boolean excusedCounts;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "delivery_completion_rule_module", joinColumns = @JoinColumn(name = "programme_id"))
	@Column(name = "programme_module_id")
	private Set<Long> requiredModuleIds = new HashSet<>();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by")
	private @Nullable Long updatedBy;

	@Version
	private long version;

	protected StoredCompletionRule() {
	}

	StoredCompletionRule(long programmeId, CompletionRule rule, @Nullable Long by) {
		this.programmeId = programmeId;
		change(rule, by);
	}

	void change(CompletionRule rule, @Nullable Long by) {
		this.basis = rule.basis();
		this.minimumPercent = rule.minimumPercent();
		this.excusedCounts = rule.excusedCounts();
		this.requiredModuleIds.clear();
		this.requiredModuleIds.addAll(rule.requiredModuleIds());
		this.updatedAt = Instant.now();
		this.updatedBy = by;
	}

	CompletionRule rule() {
		return new CompletionRule(basis, minimumPercent, excusedCounts, requiredModuleIds);
	}

	long getProgrammeId() {
		return programmeId;
	}

	long getVersion() {
		return version;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

}
