package org.traject.catalogue.internal;

import java.math.BigDecimal;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.ContactRole;
import org.traject.catalogue.ModuleType;
import org.traject.catalogue.ProgrammeDetails;

/**
 * What secretaries and administrators change in the catalogue. Every change names the
 * version it was made on, so a concurrent edit is refused (409) instead of silently
 * overwriting someone else's work. Other modules write programmes through the facade
 * {@link org.traject.catalogue.ProgrammeImport}, which calls this service.
 */
@Service
public class ProgrammeEditing {

	private final ProgrammeRepository programmes;

	ProgrammeEditing(ProgrammeRepository programmes) {
		this.programmes = programmes;
	}

	@Transactional(readOnly = true)
	public boolean slugTaken(String slug, @org.jspecify.annotations.Nullable Long exceptId) {
		return exceptId == null ? programmes.existsBySlug(slug) : programmes.existsBySlugAndIdNot(slug, exceptId);
	}

	@Transactional
	public long create(ProgrammeDetails details) {
		var programme = new Programme(details.slug(), details.title(), details.summary(), details.language(),
				details.format());
		programme.describe(details);
		return programmes.save(programme).getId();
	}

	@Transactional
	public void update(long id, long version, ProgrammeDetails details) {
		load(id, version).describe(details);
	}

	/**
	 * The version a change to the programme must name now, for a caller that made earlier
	 * changes itself (added contacts, then publishes).
	 */
	@Transactional(readOnly = true)
	public long currentVersion(long id) {
		return programmes.findById(id).orElseThrow().getVersion();
	}

	/**
	 * Names the competency profile the programme develops and changes nothing else: the
	 * programme form's profile field on its own, for a caller that sets only that (the
	 * demo data, linking its programmes to its profiles).
	 */
	@Transactional
	public void developProfile(long id, long version, @org.jspecify.annotations.Nullable Long profileId) {
		load(id, version).developProfile(profileId);
	}

	@Transactional
	public void publish(long id, long version) {
		load(id, version).publish();
	}

	@Transactional
	public void archive(long id, long version) {
		load(id, version).archive();
	}

	@Transactional
	public void addModule(long id, ModuleType type, String title, BigDecimal days, String description) {
		programmes.findByIdWithModules(id).orElseThrow().addModule(type, title, days, description);
	}

	@Transactional
	public void moveModule(long id, long moduleId, int direction) {
		programmes.findByIdWithModules(id).orElseThrow().moveModule(moduleId, direction);
	}

	@Transactional
	public void removeModule(long id, long moduleId) {
		programmes.findByIdWithModules(id).orElseThrow().removeModule(moduleId);
	}

	@Transactional
	public void addContact(long id, ContactRole role, String name, @org.jspecify.annotations.Nullable String email,
			@org.jspecify.annotations.Nullable String phone) {
		programmes.findById(id).orElseThrow().addContact(role, name, email, phone);
	}

	/**
	 * The programme's contacts in their order, for the editor; empty for a programme that
	 * does not exist.
	 */
	@Transactional(readOnly = true)
	public java.util.List<ContactView> contacts(long id) {
		return programmes.findById(id)
			.map(p -> p.getContacts().stream().map(ContactView::of).toList())
			.orElse(java.util.List.of());
	}

	/**
	 * One contact of the programme; a contact of another programme is a
	 * NoSuchElementException.
	 */
	@Transactional(readOnly = true)
	public ContactView contact(long id, long contactId) {
		return ContactView.of(programmes.findById(id).orElseThrow().contact(contactId));
	}

	/** A programme's contact as the editor shows it. */
	public record ContactView(long id, ContactRole role, String name, @org.jspecify.annotations.Nullable String email,
			@org.jspecify.annotations.Nullable String phone) {

		static ContactView of(ProgrammeContact c) {
			return new ContactView(c.getId(), c.getRole(), c.getName(), c.getEmail(), c.getPhone());
		}
	}

	/**
	 * Changes one of the programme's contacts; a contact of another programme is a
	 * NoSuchElementException.
	 */
	@Transactional
	public void changeContact(long id, long contactId, ContactRole role, String name,
			@org.jspecify.annotations.Nullable String email, @org.jspecify.annotations.Nullable String phone) {
		programmes.findById(id).orElseThrow().changeContact(contactId, role, name, email, phone);
	}

	/** Removes one of the programme's contacts; the others keep their order. */
	@Transactional
	public void removeContact(long id, long contactId) {
		programmes.findById(id).orElseThrow().removeContact(contactId);
	}

	@Transactional(readOnly = true)
	public java.util.Optional<Programme> findForEditing(long id) {
		return programmes.findByIdWithModules(id);
	}

	@Transactional(readOnly = true)
	public java.util.List<Programme> all() {
		return programmes.findAllForEditing();
	}

	@Transactional(readOnly = true)
	public java.util.Optional<Long> idOfSlug(String slug) {
		return programmes.findBySlugWithModules(slug).map(Programme::getId);
	}

	private Programme load(long id, long version) {
		var programme = programmes.findById(id).orElseThrow();
		if (programme.getVersion() != version) {
			throw new OptimisticLockingFailureException("Programme " + id + " changed since version " + version);
		}
		return programme;
	}

}
