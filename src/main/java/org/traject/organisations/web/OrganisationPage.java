package org.traject.organisations.web;

import java.util.Map;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.traject.organisations.OrganisationKind;
import org.traject.organisations.OrganisationSector;
import org.traject.organisations.OrganisationDetails;
import org.traject.organisations.internal.OrganisationDirectory;
import org.traject.people.CurrentUser;
import org.traject.web.Flash;
import org.traject.web.ProviderTimeZone;

/**
 * An organisation's page for the secretary: its details, aliases, members, contacts,
 * merge form and history. Shown the same way on first view and again with a form that
 * needs correcting; forms not being shown again start empty.
 */
@Component
class OrganisationPage {

	private final OrganisationDirectory directory;

	private final ProviderTimeZone timeZone;

	OrganisationPage(OrganisationDirectory directory, ProviderTimeZone timeZone) {
		this.directory = directory;
		this.timeZone = timeZone;
	}

	/** The choices the organisation forms offer. */
	static void choices(Model model) {
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("sectorChoices", OrganisationSector.values());
		model.addAttribute("countries", OrganisationDetails.COUNTRIES);
	}

	String show(long id, Model model) {
		return show(active(id), model);
	}

	String show(OrganisationDirectory.Organisation organisation, Model model) {
		long id = organisation.id();
		choices(model);
		// a form shown again with its errors keeps what was typed
		model.mergeAttributes(Map.of("organisationForm", Forms.OrganisationForm.of(organisation), "aliasForm",
				new Forms.AliasForm(""), "memberForm", new Forms.MemberForm(""), "contactForm",
				new Forms.ContactForm("", ""), "mergeForm", new Forms.MergeForm("", false)));
		model.addAttribute("organisation", organisation);
		model.addAttribute("aliases", directory.aliases(id));
		model.addAttribute("members", directory.members(id));
		model.addAttribute("contacts", directory.contacts(id));
		model.addAttribute("history", directory.history(id));
		model.addAttribute("zone", timeZone.zone());
		return "organisations/edit";
	}

	OrganisationDirectory.Organisation organisation(long id) {
		return directory.find(id).orElseThrow(() -> new NoSuchElementException("No organisation " + id));
	}

	/**
	 * The organisation, unless it was merged into another (then there is nothing to
	 * change).
	 */
	OrganisationDirectory.Organisation active(long id) {
		var organisation = organisation(id);
		if (organisation.mergedInto() != null) {
			throw new NoSuchElementException("Organisation " + id + " was merged");
		}
		return organisation;
	}

	static String done(long id, String messageKey) {
		Flash.success(messageKey);
		return "redirect:/secretary/organisations/" + id;
	}

	/** Who makes the change, as the organisation's history records it. */
	static @Nullable CurrentUser by() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
	}

}
