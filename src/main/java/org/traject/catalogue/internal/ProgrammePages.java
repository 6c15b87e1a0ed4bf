package org.traject.catalogue.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.traject.catalogue.CareerPhase;
import org.traject.catalogue.Catalogue;
import org.traject.catalogue.ContactRole;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.Sector;
import org.traject.competencies.CompetencyProfiles;
import org.traject.web.Markdown;

/**
 * Builds the public programme page: texts rendered safely from Markdown, modules with the
 * day total, contacts.
 */
@Service
public class ProgrammePages {

	private final ProgrammeRepository programmes;

	private final Markdown markdown;

	private final CompetencyProfiles profiles;

	ProgrammePages(ProgrammeRepository programmes, Markdown markdown, CompetencyProfiles profiles) {
		this.programmes = programmes;
		this.markdown = markdown;
		this.profiles = profiles;
	}

	/**
	 * The page of a published programme; drafts and archived programmes are not public.
	 */
	@Transactional(readOnly = true)
	public Optional<ProgrammePage> publicPage(String slug) {
		return programmes.findBySlugWithModules(slug).filter(Programme::isPublic).map(this::page);
	}

	private ProgrammePage page(Programme p) {
		var sections = List
			.of(new Section("targetGroup", markdown.toSafeHtml(p.getTargetGroup())),
					new Section("purpose", markdown.toSafeHtml(p.getPurpose())),
					new Section("content", markdown.toSafeHtml(p.getContent())),
					new Section("learningGoals", markdown.toSafeHtml(p.getLearningGoals())),
					new Section("beforeAndAfter", markdown.toSafeHtml(p.getBeforeAndAfter())))
			.stream()
			.filter(s -> !s.html().isBlank())
			.toList();
		var modules = p.getModules()
			.stream()
			.map(m -> new ModuleLine(m.getId(), m.getType(), m.getTitle(), m.getDays(),
					markdown.toSafeHtml(m.getDescription())))
			.toList();
		var contacts = p.getContacts()
			.stream()
			.map(c -> new ContactLine(c.getRole(), c.getName(), c.getEmail(), c.getPhone()))
			.toList();
		var profile = p.getCompetencyProfileId() == null ? null
				: profiles.currentOption(p.getCompetencyProfileId(), LocaleContextHolder.getLocale())
					.map(o -> new ProfileLine(o.versionId(), o.name(), o.language()))
					.orElse(null);
		return new ProgrammePage(view(p), p.getSummary(), p.getCareerPhases(), p.getSectors(), p.getPriceCents(),
				p.getCurrency(), sections, modules, contacts, profile);
	}

	private static Catalogue.ProgrammeView view(Programme p) {
		return new Catalogue.ProgrammeView(p.getId(), p.getSlug(), p.getTitle(), p.getLanguage(), p.getStatus(),
				p.getFormat(), p.isRequiresManagerApproval(), p.getCompetencyProfileId(), p.getAccreditationRegister(),
				p.getAccreditationPoints(), p.getAccreditationRenewalYears(),
				p.getModules()
					.stream()
					.map(m -> new Catalogue.ModuleView(m.getId(), m.getPosition(), m.getType(), m.getTitle(),
							m.getDays()))
					.toList());
	}

	/** Everything the programme page shows. Section HTML is already sanitised. */
	public record ProgrammePage(Catalogue.ProgrammeView view, String summary, java.util.Set<CareerPhase> careerPhases,
			java.util.Set<Sector> sectors, int priceCents, String currency, List<Section> sections,
			List<ModuleLine> modules, List<ContactLine> contacts,
			@org.jspecify.annotations.Nullable ProfileLine profile) {

		public java.math.BigDecimal totalDays() {
			return view.totalDays();
		}

		/**
		 * Modules without days of their own (a local assignment) are named beside the day
		 * total.
		 */
		public List<ModuleLine> modulesWithoutDays() {
			return modules.stream()
				.filter(m -> m.days().signum() == 0 && m.type() == ModuleType.LEADERSHIP_ASSIGNMENT)
				.toList();
		}

		public boolean isFree() {
			return priceCents == 0;
		}
	}

	public record Section(String key, String html) {
	}

	/**
	 * The competency profile the programme develops, in its current published version.
	 */
	public record ProfileLine(long versionId, String name, String language) {
	}

	public record ModuleLine(long id, ModuleType type, String title, java.math.BigDecimal days,
			String descriptionHtml) {
	}

	public record ContactLine(ContactRole role, String name, @org.jspecify.annotations.Nullable String email,
			@org.jspecify.annotations.Nullable String phone) {
	}

}
