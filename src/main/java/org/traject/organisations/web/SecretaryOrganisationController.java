package org.traject.organisations.web;

import java.util.NoSuchElementException;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.traject.organisations.OrganisationKind;
import org.traject.organisations.OrganisationSector;
import org.traject.organisations.internal.OrganisationDetails;
import org.traject.organisations.internal.OrganisationDirectory;
import org.traject.organisations.internal.OrganisationRefusedException;
import org.traject.people.CurrentUser;
import org.traject.web.ProviderTimeZone;

/**
 * Course secretaries and administrators keep the client organisations: a paged list
 * searched by any name or alias, a form to create one, and each organisation's page with
 * its details, aliases, members, contacts, merging a duplicate into it, and its history.
 * A refused change comes back beside the field that caused it; values in the address that
 * mean nothing are ignored.
 */
@Controller
@RequestMapping("/secretary/organisations")
class SecretaryOrganisationController {

	private final OrganisationDirectory directory;

	private final ProviderTimeZone timeZone;

	SecretaryOrganisationController(OrganisationDirectory directory, ProviderTimeZone timeZone) {
		this.directory = directory;
		this.timeZone = timeZone;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("sectorChoices", OrganisationSector.values());
		model.addAttribute("countries", OrganisationDetails.COUNTRIES);
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "1") String page, Model model) {
		OrganisationKind chosen = kind(kind);
		model.addAttribute("result", directory.search(q, chosen, pageNumber(page)));
		model.addAttribute("q", q);
		model.addAttribute("kind", chosen == null ? "" : chosen.name());
		return "organisations/list";
	}

	@GetMapping("/new")
	String newOrganisation(Model model) {
		model.addAttribute("organisationForm", Forms.OrganisationForm.empty());
		return "organisations/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("organisationForm") Forms.OrganisationForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "organisations/new";
		}
		long id;
		try {
			id = directory.create(currentUser(), form.details());
		}
		catch (OrganisationRefusedException ex) {
			reject(errors, "name", ex);
			return "organisations/new";
		}
		return done(redirect, id, "organisations.flash.created");
	}

	@GetMapping("/{id}")
	String organisation(@PathVariable long id, Model model, RedirectAttributes redirect) {
		var organisation = organisation(id);
		if (organisation.mergedInto() != null) {
			redirect.addFlashAttribute("flashSuccess", "organisations.flash.wasMerged");
			return "redirect:/secretary/organisations/" + organisation.mergedInto();
		}
		model.addAttribute("organisationForm", Forms.OrganisationForm.of(organisation));
		return page(organisation, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("organisationForm") Forms.OrganisationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors() && attempt(errors, "name", () -> directory.update(currentUser(), id,
				form.version() == null ? -1 : form.version(), form.details()))) {
			return done(redirect, id, "organisations.flash.saved");
		}
		return page(active(id), model);
	}

	@PostMapping("/{id}/aliases")
	String addAlias(@PathVariable long id, @Valid @ModelAttribute("aliasForm") Forms.AliasForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()
				&& attempt(errors, "alias", () -> directory.addAlias(currentUser(), id, form.alias()))) {
			return done(redirect, id, "organisations.flash.aliasAdded");
		}
		return page(active(id), model);
	}

	@PostMapping("/{id}/aliases/remove")
	String removeAlias(@PathVariable long id, @RequestParam(defaultValue = "") String key,
			RedirectAttributes redirect) {
		directory.removeAlias(currentUser(), id, key);
		return done(redirect, id, "organisations.flash.aliasRemoved");
	}

	@PostMapping("/{id}/members")
	String addMember(@PathVariable long id, @Valid @ModelAttribute("memberForm") Forms.MemberForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()
				&& attempt(errors, "memberEmail", () -> directory.addMember(currentUser(), id, form.memberEmail()))) {
			return done(redirect, id, "organisations.flash.memberAdded");
		}
		return page(active(id), model);
	}

	@PostMapping("/{id}/members/{personId}/remove")
	String removeMember(@PathVariable long id, @PathVariable long personId, RedirectAttributes redirect) {
		directory.removeMember(currentUser(), id, personId);
		return done(redirect, id, "organisations.flash.memberRemoved");
	}

	@PostMapping("/{id}/contacts")
	String addContact(@PathVariable long id, @Valid @ModelAttribute("contactForm") Forms.ContactForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors() && attempt(errors, "contactEmail",
				() -> directory.addContact(currentUser(), id, form.contactEmail(), form.contactTitle()))) {
			return done(redirect, id, "organisations.flash.contactAdded");
		}
		return page(active(id), model);
	}

	@PostMapping("/{id}/contacts/{personId}/remove")
	String removeContact(@PathVariable long id, @PathVariable long personId, RedirectAttributes redirect) {
		directory.removeContact(currentUser(), id, personId);
		return done(redirect, id, "organisations.flash.contactRemoved");
	}

	/**
	 * Merges the duplicate named in the form into this organisation; the box that
	 * confirms it must be ticked, since a merge is not undone.
	 */
	@PostMapping("/{id}/merge")
	String merge(@PathVariable long id, @Valid @ModelAttribute("mergeForm") Forms.MergeForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!Boolean.TRUE.equals(form.confirm()) && !errors.hasFieldErrors("confirm")) {
			errors.rejectValue("confirm", "organisations.merge.confirm.required");
		}
		if (!errors.hasErrors()
				&& attempt(errors, "duplicate", () -> directory.merge(currentUser(), id, form.duplicate()))) {
			return done(redirect, id, "organisations.flash.merged");
		}
		return page(active(id), model);
	}

	/** The organisation's page; forms not being shown again with errors start empty. */
	private String page(OrganisationDirectory.Organisation organisation, Model model) {
		long id = organisation.id();
		if (!model.containsAttribute("organisationForm")) {
			model.addAttribute("organisationForm", Forms.OrganisationForm.of(organisation));
		}
		if (!model.containsAttribute("aliasForm")) {
			model.addAttribute("aliasForm", new Forms.AliasForm(""));
		}
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", new Forms.MemberForm(""));
		}
		if (!model.containsAttribute("contactForm")) {
			model.addAttribute("contactForm", new Forms.ContactForm("", ""));
		}
		if (!model.containsAttribute("mergeForm")) {
			model.addAttribute("mergeForm", new Forms.MergeForm("", false));
		}
		model.addAttribute("organisation", organisation);
		model.addAttribute("aliases", directory.aliases(id));
		model.addAttribute("members", directory.members(id));
		model.addAttribute("contacts", directory.contacts(id));
		model.addAttribute("history", directory.history(id));
		model.addAttribute("zone", timeZone.zone());
		return "organisations/edit";
	}

	/** Runs the change; a refusal goes beside the field. */
	private static boolean attempt(BindingResult errors, String field, Runnable change) {
		try {
			change.run();
			return true;
		}
		catch (OrganisationRefusedException ex) {
			reject(errors, field, ex);
			return false;
		}
	}

	private static void reject(BindingResult errors, String field, OrganisationRefusedException ex) {
		errors.rejectValue(field, ex.messageKey(), new Object[] { ex.argument() }, ex.messageKey());
	}

	private OrganisationDirectory.Organisation organisation(long id) {
		return directory.find(id).orElseThrow(() -> new NoSuchElementException("No organisation " + id));
	}

	private OrganisationDirectory.Organisation active(long id) {
		var organisation = organisation(id);
		if (organisation.mergedInto() != null) {
			throw new NoSuchElementException("Organisation " + id + " was merged");
		}
		return organisation;
	}

	private static String done(RedirectAttributes redirect, long id, String messageKey) {
		redirect.addFlashAttribute("flashSuccess", messageKey);
		return "redirect:/secretary/organisations/" + id;
	}

	private static @Nullable CurrentUser currentUser() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
	}

	private static @Nullable OrganisationKind kind(String name) {
		for (OrganisationKind kind : OrganisationKind.values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		return null;
	}

	private static int pageNumber(String page) {
		try {
			return Math.max(1, Math.min(Integer.parseInt(page), 1_000_000));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
