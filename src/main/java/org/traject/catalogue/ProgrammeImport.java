package org.traject.catalogue;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.traject.catalogue.internal.ProgrammeEditing;

/**
 * The catalogue's facade for callers without a page (the demo data, an import): a
 * programme written as an administrator writes it in the programme editor (its details,
 * modules and contacts, then published) and the competency profile it develops. Each goes
 * through the editor's own service ({@code ProgrammeEditing}), so the same rules apply. A
 * caller that has seen no page passes no version it saw: each change is made on the
 * programme as it is now.
 */
@Service
public class ProgrammeImport {

	private final ProgrammeEditing editing;

	ProgrammeImport(ProgrammeEditing editing) {
		this.editing = editing;
	}

	/** Whether a programme has this address (slug). */
	public boolean exists(String slug) {
		return editing.slugTaken(slug, null);
	}

	/** Writes a new programme, a draft. @return its id */
	public long create(ProgrammeDetails details) {
		return editing.create(details);
	}

	/** Adds a module at the end of the programme's modules. */
	public void addModule(long programmeId, ModuleType type, String title, BigDecimal days, String description) {
		editing.addModule(programmeId, type, title, days, description);
	}

	/** Adds a contact at the end of the programme's contacts. */
	public void addContact(long programmeId, ContactRole role, String name, @Nullable String email,
			@Nullable String phone) {
		editing.addContact(programmeId, role, name, email, phone);
	}

	/** Publishes the programme. */
	@Transactional
	public void publish(long programmeId) {
		editing.publish(programmeId, editing.currentVersion(programmeId));
	}

	/**
	 * Names the competency profile the programme develops, as the programme form's
	 * profile field does, and changes nothing else.
	 */
	@Transactional
	public void developProfile(long programmeId, @Nullable Long profileId) {
		editing.developProfile(programmeId, editing.currentVersion(programmeId), profileId);
	}

}
