package org.traject.delivery.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.traject.delivery.internal.AttendanceBasis;
import org.traject.delivery.internal.CompletionRule;

/** The completion rule editor's form. */
record RuleForm(@NotNull(message = "{delivery.rule.basis.required}") @Nullable AttendanceBasis basis,
		@NotNull(message = "{delivery.rule.minimum.required}") @Min(value = 0,
				message = "{delivery.rule.minimum.range}") @Max(value = 100,
						message = "{delivery.rule.minimum.range}") @Nullable Integer minimumPercent,
		@Nullable Boolean excusedCounts, @Nullable List<Long> requiredModules, long version) {

	static RuleForm of(CompletionRule rule, long version) {
		return new RuleForm(rule.basis(), rule.minimumPercent(), rule.excusedCounts(),
				List.copyOf(rule.requiredModuleIds()), version);
	}

	CompletionRule rule() {
		return new CompletionRule(basis == null ? AttendanceBasis.SESSIONS : basis,
				minimumPercent == null ? 0 : minimumPercent, Boolean.TRUE.equals(excusedCounts),
				requiredModules == null ? Set.of() : Set.copyOf(requiredModules));
	}

	public boolean requires(long moduleId) {
		return requiredModules != null && requiredModules.contains(moduleId);
	}
}
