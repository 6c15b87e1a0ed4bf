package org.traject.catalogue.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.traject.catalogue.AccreditationRegister;
import org.traject.catalogue.CareerPhase;
import org.traject.catalogue.ContactRole;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.ProgrammeDetails;
import org.traject.catalogue.ProgrammeFormat;
import org.traject.catalogue.ProgrammeStatus;
import org.traject.catalogue.Sector;

/**
 * A programme a provider offers: its texts (Markdown, in the programme's own language),
 * format, career phases, sectors, price, accreditation, contacts and ordered modules.
 * Only published programmes are public.
 */
@Entity
@Table(name = "programme")
public class Programme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary;

	@Column(nullable = false, length = 2)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProgrammeFormat format;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "career_phases", nullable = false, columnDefinition = "text[]")
	private String[] careerPhases = new String[0];

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "sectors", nullable = false, columnDefinition = "text[]")
	private String[] sectors = new String[0];

	@Column(name = "target_group", nullable = false)
	private String targetGroup = "";

	@Column(nullable = false)
	private String purpose = "";

	@Column(nullable = false)
	private String content = "";

	@Column(name = "learning_goals", nullable = false)
	private String learningGoals = "";

	@Column(name = "before_and_after", nullable = false)
	private String beforeAndAfter = "";

	@Column(name = "price_cents", nullable = false)
	private int priceCents;

	@Column(nullable = false, length = 3)
	private String currency = "EUR";

	@Enumerated(EnumType.STRING)
	@Column(name = "accreditation_register")
	private @Nullable AccreditationRegister accreditationRegister;

	@Column(name = "accreditation_points", precision = 6, scale = 1)
	private @Nullable BigDecimal accreditationPoints;

	@Column(name = "accreditation_renewal_years")
	private @Nullable Integer accreditationRenewalYears;

	@Column(name = "competency_profile_id")
	private @Nullable Long competencyProfileId;

	@Column(name = "requires_manager_approval", nullable = false)
	private boolean requiresManagerApproval;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProgrammeStatus status = ProgrammeStatus.DRAFT;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	@OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ProgrammeModule> modules = new ArrayList<>();

	@OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<ProgrammeContact> contacts = new ArrayList<>();

	protected Programme() {
	}

	public Programme(String slug, String title, String summary, String language, ProgrammeFormat format) {
		this.slug = slug;
		this.title = title;
		this.summary = summary;
		this.language = language;
		this.format = format;
	}

	/** Replaces the descriptive fields; the caller has validated them. */
	public void describe(ProgrammeDetails details) {
		this.slug = details.slug();
		this.title = details.title();
		this.summary = details.summary();
		this.language = details.language();
		this.format = details.format();
		this.careerPhases = details.careerPhases().stream().map(Enum::name).sorted().toArray(String[]::new);
		this.sectors = details.sectors().stream().map(Enum::name).sorted().toArray(String[]::new);
		this.targetGroup = details.targetGroup();
		this.purpose = details.purpose();
		this.content = details.content();
		this.learningGoals = details.learningGoals();
		this.beforeAndAfter = details.beforeAndAfter();
		this.priceCents = details.priceCents();
		this.currency = details.currency();
		this.accreditationRegister = details.accreditationRegister();
		this.accreditationPoints = details.accreditationPoints();
		this.accreditationRenewalYears = details.accreditationRenewalYears();
		this.requiresManagerApproval = details.requiresManagerApproval();
		this.competencyProfileId = details.competencyProfileId();
		touch();
	}

	/**
	 * Names the competency profile this programme develops (by the profile's id; its
	 * versions come and go).
	 */
	public void developProfile(@Nullable Long profileId) {
		this.competencyProfileId = profileId;
		touch();
	}

	public void publish() {
		this.status = ProgrammeStatus.PUBLISHED;
		touch();
	}

	public void archive() {
		this.status = ProgrammeStatus.ARCHIVED;
		touch();
	}

	// Module changes leave the programme's own version alone: reordering modules must not
	// make the details form,
	// open in the same page, look like a concurrent edit. Modules are addressed by id, so
	// a stale move or removal of
	// a module that is gone ends as "not found".
	public ProgrammeModule addModule(ModuleType type, String title, BigDecimal days, String description) {
		var module = new ProgrammeModule(this, modules.size(), type, title, days, description);
		modules.add(module);
		return module;
	}

	/** Moves a module one place up (-1) or down (+1); at either end nothing happens. */
	public void moveModule(long moduleId, int direction) {
		int from = modules.indexOf(module(moduleId));
		int to = from + Integer.signum(direction);
		if (to < 0 || to >= modules.size()) {
			return;
		}
		modules.add(to, modules.remove(from));
		renumber();
	}

	public void removeModule(long moduleId) {
		modules.remove(module(moduleId));
		renumber();
	}

	public void addContact(ContactRole role, String name, @Nullable String email, @Nullable String phone) {
		contacts.add(new ProgrammeContact(this, contacts.size(), role, name, email, phone));
		touch();
	}

	public void changeContact(long contactId, ContactRole role, String name, @Nullable String email,
			@Nullable String phone) {
		contact(contactId).change(role, name, email, phone);
		touch();
	}

	public void removeContact(long contactId) {
		contacts.remove(contact(contactId));
		for (int i = 0; i < contacts.size(); i++) {
			contacts.get(i).moveTo(i);
		}
		touch();
	}

	/**
	 * @throws java.util.NoSuchElementException when the contact is not one of this
	 * programme's
	 */
	public ProgrammeContact contact(long contactId) {
		return contacts.stream()
			.filter(c -> c.getId() != null && c.getId() == contactId)
			.findFirst()
			.orElseThrow(() -> new java.util.NoSuchElementException("No contact " + contactId + " of programme " + id));
	}

	private ProgrammeModule module(long moduleId) {
		return modules.stream().filter(m -> m.getId() != null && m.getId() == moduleId).findFirst().orElseThrow();
	}

	private void renumber() {
		for (int i = 0; i < modules.size(); i++) {
			modules.get(i).moveTo(i);
		}
	}

	private void touch() {
		this.updatedAt = Instant.now();
	}

	/** The days of all modules together (seed 003: 21 days plus the local assignment). */
	public BigDecimal totalDays() {
		return modules.stream().map(ProgrammeModule::getDays).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public boolean isPublic() {
		return status == ProgrammeStatus.PUBLISHED;
	}

	public boolean isFree() {
		return priceCents == 0;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public String getLanguage() {
		return language;
	}

	public ProgrammeFormat getFormat() {
		return format;
	}

	public Set<CareerPhase> getCareerPhases() {
		return toEnumSet(CareerPhase.class, careerPhases);
	}

	public Set<Sector> getSectors() {
		return toEnumSet(Sector.class, sectors);
	}

	private static <E extends Enum<E>> Set<E> toEnumSet(Class<E> type, String[] names) {
		Collection<E> values = Arrays.stream(names).map(n -> Enum.valueOf(type, n)).toList();
		return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
	}

	public String getTargetGroup() {
		return targetGroup;
	}

	public String getPurpose() {
		return purpose;
	}

	public String getContent() {
		return content;
	}

	public String getLearningGoals() {
		return learningGoals;
	}

	public String getBeforeAndAfter() {
		return beforeAndAfter;
	}

	public int getPriceCents() {
		return priceCents;
	}

	public String getCurrency() {
		return currency;
	}

	public @Nullable AccreditationRegister getAccreditationRegister() {
		return accreditationRegister;
	}

	public @Nullable BigDecimal getAccreditationPoints() {
		return accreditationPoints;
	}

	public @Nullable Integer getAccreditationRenewalYears() {
		return accreditationRenewalYears;
	}

	public @Nullable Long getCompetencyProfileId() {
		return competencyProfileId;
	}

	public boolean isRequiresManagerApproval() {
		return requiresManagerApproval;
	}

	public ProgrammeStatus getStatus() {
		return status;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}

	public List<ProgrammeModule> getModules() {
		return List.copyOf(modules);
	}

	public List<ProgrammeContact> getContacts() {
		return List.copyOf(contacts);
	}

}
