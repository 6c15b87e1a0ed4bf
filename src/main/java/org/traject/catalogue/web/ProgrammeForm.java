package org.traject.catalogue.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.traject.catalogue.AccreditationRegister;
import org.traject.catalogue.CareerPhase;
import org.traject.catalogue.ProgrammeDetails;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.Sector;
import org.traject.catalogue.internal.Programme;

/** What a secretary types about a programme. Texts are Markdown. */
record ProgrammeForm(
		@NotBlank(message = "{catalogue.form.title.required}") @Size(max = 200,
				message = "{catalogue.form.tooLong}") String title,
		@Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$", message = "{catalogue.form.slug.pattern}") @Size(max = 120,
				message = "{catalogue.form.tooLong}") String slug,
		@NotBlank(message = "{catalogue.form.summary.required}") @Size(max = 500,
				message = "{catalogue.form.tooLong}") String summary,
		@NotBlank(message = "{catalogue.form.language.required}") @Pattern(regexp = "nl|da|en",
				message = "{catalogue.form.language.required}") String language,
		@NotNull(message = "{catalogue.form.format.required}") @Nullable ProgrammeFormat format,
		@NotEmpty(message = "{catalogue.form.phases.required}") @Nullable Set<CareerPhase> careerPhases,
		@NotEmpty(message = "{catalogue.form.sectors.required}") @Nullable Set<Sector> sectors,
		@Size(max = 20000, message = "{catalogue.form.tooLong}") String targetGroup,
		@Size(max = 20000, message = "{catalogue.form.tooLong}") String purpose,
		@Size(max = 20000, message = "{catalogue.form.tooLong}") String content,
		@Size(max = 20000, message = "{catalogue.form.tooLong}") String learningGoals,
		@Size(max = 20000, message = "{catalogue.form.tooLong}") String beforeAndAfter,
		@NotBlank(message = "{catalogue.form.price.required}") @Pattern(regexp = "^$|^\\d{1,6}([.,]\\d{1,2})?$",
				message = "{catalogue.form.price.digits}") String price,
		@NotBlank @Pattern(regexp = "EUR|DKK", message = "{catalogue.form.currency.invalid}") String currency,
		@Nullable AccreditationRegister accreditationRegister,
		@Pattern(regexp = "^$|^\\d{1,4}([.,]\\d)?$",
				message = "{catalogue.form.points.digits}") String accreditationPoints,
		@Min(value = 1, message = "{catalogue.form.renewal.range}") @Max(value = 10,
				message = "{catalogue.form.renewal.range}") @Nullable Integer accreditationRenewalYears,
		@Nullable Boolean requiresManagerApproval, @Nullable Long competencyProfileId, long version) {

	ProgrammeForm {
		title = title == null ? "" : title;
		slug = slug == null ? "" : slug;
		summary = summary == null ? "" : summary;
		language = language == null ? "" : language;
		targetGroup = targetGroup == null ? "" : targetGroup;
		purpose = purpose == null ? "" : purpose;
		content = content == null ? "" : content;
		learningGoals = learningGoals == null ? "" : learningGoals;
		beforeAndAfter = beforeAndAfter == null ? "" : beforeAndAfter;
		currency = currency == null || currency.isBlank() ? "EUR" : currency;
		price = price == null ? "" : price;
		accreditationPoints = accreditationPoints == null ? "" : accreditationPoints;
	}

	static ProgrammeForm empty() {
		return new ProgrammeForm("", "", "", "nl", null, EnumSet.noneOf(CareerPhase.class),
				EnumSet.noneOf(Sector.class), "", "", "", "", "", "0", "EUR", null, "", null, false, null, 0);
	}

	static ProgrammeForm of(Programme p) {
		return new ProgrammeForm(p.getTitle(), p.getSlug(), p.getSummary(), p.getLanguage(), p.getFormat(),
				p.getCareerPhases(), p.getSectors(), p.getTargetGroup(), p.getPurpose(), p.getContent(),
				p.getLearningGoals(), p.getBeforeAndAfter(), BigDecimal.valueOf(p.getPriceCents(), 2).toPlainString(),
				p.getCurrency(), p.getAccreditationRegister(),
				p.getAccreditationPoints() == null ? "" : p.getAccreditationPoints().toPlainString(),
				p.getAccreditationRenewalYears(), p.isRequiresManagerApproval(), p.getCompetencyProfileId(),
				p.getVersion());
	}

	/**
	 * The slug typed, or one made from the title ("Masterclass data" becomes
	 * "masterclass-data").
	 */
	String effectiveSlug() {
		if (!slug.isBlank()) {
			return slug;
		}
		String normalised = java.text.Normalizer
			.normalize(title.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace("ø", "o")
			.replace("æ", "ae")
			.replace("å", "a")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		return normalised.isEmpty() ? "programme" : normalised;
	}

	ProgrammeDetails toDetails() {
		int cents = decimal(price).setScale(2, RoundingMode.HALF_UP).movePointRight(2).intValueExact();
		return new ProgrammeDetails(effectiveSlug(), title, summary, language, format,
				careerPhases == null ? Set.of() : careerPhases, sectors == null ? Set.of() : sectors, targetGroup,
				purpose, content, learningGoals, beforeAndAfter, cents, currency, accreditationRegister,
				accreditationPoints.isBlank() ? null : decimal(accreditationPoints),
				accreditationRegister == AccreditationRegister.SCHOOL_LEADERS_REGISTER ? accreditationRenewalYears
						: null,
				Boolean.TRUE.equals(requiresManagerApproval), competencyProfileId);
	}

	/** Accepts a decimal comma too: a Dutch or Danish secretary types "395,00". */
	static BigDecimal decimal(String typed) {
		return typed.isBlank() ? BigDecimal.ZERO : new BigDecimal(typed.replace(',', '.'));
	}
}
