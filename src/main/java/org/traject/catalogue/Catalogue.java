package org.traject.catalogue;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.internal.ProgrammeViews;

/**
 * The catalogue module's facade. Other modules read programmes through it, by id, as
 * read-only views.
 */
@Service
public class Catalogue {

	private final ProgrammeViews views;

	private final org.traject.catalogue.internal.ProgrammeEditing editing;

	Catalogue(ProgrammeViews views, org.traject.catalogue.internal.ProgrammeEditing editing) {
		this.views = views;
		this.editing = editing;
	}

	/**
	 * Who answers a reply about the programme: its course secretary, else its consultant,
	 * else its programme leader, the first of them with an email address; empty when none
	 * has one (replies then go to the sender).
	 */
	@Transactional(readOnly = true)
	public Optional<Contact> replyContact(long programmeId) {
		var order = List.of(org.traject.catalogue.ContactRole.COURSE_SECRETARY,
				org.traject.catalogue.ContactRole.CONSULTANT, org.traject.catalogue.ContactRole.PROGRAMME_LEADER);
		return editing.contacts(programmeId)
			.stream()
			.filter(c -> c.email() != null && !c.email().isBlank())
			.min(java.util.Comparator.comparingInt(c -> order.indexOf(c.role())))
			.map(c -> new Contact(c.name(), java.util.Objects.requireNonNull(c.email())));
	}

	/** A person to write to about a programme. */
	public record Contact(String name, String email) {
	}

	@Transactional(readOnly = true)
	public Optional<ProgrammeView> find(long programmeId) {
		return views.find(List.of(programmeId)).stream().findFirst();
	}

	/** Several programmes at once, in one statement, keyed by id. */
	@Transactional(readOnly = true)
	public Map<Long, ProgrammeView> findAll(Collection<Long> programmeIds) {
		if (programmeIds.isEmpty()) {
			return Map.of();
		}
		return views.find(programmeIds).stream().collect(Collectors.toMap(ProgrammeView::id, Function.identity()));
	}

	/**
	 * The published programmes that have a module of this type (the coaching module
	 * offers coaches for those with a coaching session), by title, in two statements.
	 */
	@Transactional(readOnly = true)
	public List<ProgrammeView> publishedWithModule(ModuleType type) {
		return views.publishedWithModule(type);
	}

	/**
	 * The id of the programme with this address name (the part of its page's URL after
	 * {@code /programmes/}).
	 */
	@Transactional(readOnly = true)
	public Optional<Long> idOfSlug(String slug) {
		return views.idOfSlug(slug);
	}

	/** A programme as other modules see it. */
	public record ProgrammeView(long id, String slug, String title, String language, ProgrammeStatus status,
			ProgrammeFormat format, boolean requiresManagerApproval, @Nullable Long competencyProfileId,
			@Nullable AccreditationRegister accreditationRegister, @Nullable BigDecimal accreditationPoints,
			@Nullable Integer accreditationRenewalYears, List<ModuleView> modules) {

		public BigDecimal totalDays() {
			return modules.stream().map(ModuleView::days).reduce(BigDecimal.ZERO, BigDecimal::add);
		}
	}

	public record ModuleView(long id, int position, ModuleType type, String title, BigDecimal days) {

	}

}
