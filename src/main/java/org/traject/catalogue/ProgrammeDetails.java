package org.traject.catalogue;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.traject.catalogue.AccreditationRegister;
import org.traject.catalogue.ProgrammeFormat;

/**
 * The descriptive fields of a programme, validated by whoever builds it (a form, the demo
 * data, an import).
 */
public record ProgrammeDetails(String slug, String title, String summary, String language, ProgrammeFormat format,
		Set<CareerPhase> careerPhases, Set<Sector> sectors, String targetGroup, String purpose, String content,
		String learningGoals, String beforeAndAfter, int priceCents, String currency,
		@Nullable AccreditationRegister accreditationRegister, @Nullable BigDecimal accreditationPoints,
		@Nullable Integer accreditationRenewalYears, boolean requiresManagerApproval,
		@Nullable Long competencyProfileId) {
}
