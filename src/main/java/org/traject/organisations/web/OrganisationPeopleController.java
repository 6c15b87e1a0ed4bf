package org.traject.organisations.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.organisations.internal.OrganisationDirectory;
import org.traject.web.Refusals;

/**
 * The names an organisation is also known by (so sign-ups typed differently still find
 * it), the people who work there, and its contacts, on the organisation's page.
 */
@Controller
@RequestMapping("/secretary/organisations/{id}")
class OrganisationPeopleController {

	private final OrganisationDirectory directory;

	private final OrganisationPage page;

	OrganisationPeopleController(OrganisationDirectory directory, OrganisationPage page) {
		this.directory = directory;
		this.page = page;
	}

	@PostMapping("/aliases")
	String addAlias(@PathVariable long id, @Valid @ModelAttribute("aliasForm") Forms.AliasForm form,
			BindingResult errors, Model model) {
		if (Refusals.applied(errors, "alias", () -> directory.addAlias(OrganisationPage.by(), id, form.alias()))) {
			return OrganisationPage.done(id, "organisations.flash.aliasAdded");
		}
		return page.show(id, model);
	}

	@PostMapping("/aliases/remove")
	String removeAlias(@PathVariable long id, @RequestParam(defaultValue = "") String key) {
		directory.removeAlias(OrganisationPage.by(), id, key);
		return OrganisationPage.done(id, "organisations.flash.aliasRemoved");
	}

	@PostMapping("/members")
	String addMember(@PathVariable long id, @Valid @ModelAttribute("memberForm") Forms.MemberForm form,
			BindingResult errors, Model model) {
		if (Refusals.applied(errors, "memberEmail",
				() -> directory.addMember(OrganisationPage.by(), id, form.memberEmail()))) {
			return OrganisationPage.done(id, "organisations.flash.memberAdded");
		}
		return page.show(id, model);
	}

	@PostMapping("/members/{personId}/remove")
	String removeMember(@PathVariable long id, @PathVariable long personId) {
		directory.removeMember(OrganisationPage.by(), id, personId);
		return OrganisationPage.done(id, "organisations.flash.memberRemoved");
	}

	@PostMapping("/contacts")
	String addContact(@PathVariable long id, @Valid @ModelAttribute("contactForm") Forms.ContactForm form,
			BindingResult errors, Model model) {
		if (Refusals.applied(errors, "contactEmail",
				() -> directory.addContact(OrganisationPage.by(), id, form.contactEmail(), form.contactTitle()))) {
			return OrganisationPage.done(id, "organisations.flash.contactAdded");
		}
		return page.show(id, model);
	}

	@PostMapping("/contacts/{personId}/remove")
	String removeContact(@PathVariable long id, @PathVariable long personId) {
		directory.removeContact(OrganisationPage.by(), id, personId);
		return OrganisationPage.done(id, "organisations.flash.contactRemoved");
	}

}
