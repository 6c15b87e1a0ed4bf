package org.traject.organisations.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.traject.organisations.OrganisationKind;
import org.traject.organisations.internal.OrganisationDirectory;
import org.traject.web.Flash;
import org.traject.web.Refusals;

/**
 * Course secretaries and administrators keep the client organisations: a paged list
 * searched by any name or alias, a form to create one, each organisation's page with its
 * details and history, and merging a duplicate into it. Aliases, members and contacts are
 * in {@link OrganisationPeopleController}. A refused change comes back beside the field
 * that caused it; values in the address that mean nothing are ignored.
 */
@Controller
@RequestMapping("/secretary/organisations")
class SecretaryOrganisationController {

	private final OrganisationDirectory directory;

	private final OrganisationPage page;

	SecretaryOrganisationController(OrganisationDirectory directory, OrganisationPage page) {
		this.directory = directory;
		this.page = page;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "1") String page, Model model) {
		OrganisationKind chosen = kind(kind);
		OrganisationPage.choices(model);
		model.addAttribute("result", directory.search(q, chosen, pageNumber(page)));
		model.addAttribute("q", q);
		model.addAttribute("kind", chosen == null ? "" : chosen.name());
		return "organisations/list";
	}

	@GetMapping("/new")
	String newOrganisation(Model model) {
		OrganisationPage.choices(model);
		model.addAttribute("organisationForm", Forms.OrganisationForm.empty());
		return "organisations/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("organisationForm") Forms.OrganisationForm form, BindingResult errors,
			Model model) {
		var created = Refusals.attempt(errors, () -> directory.create(OrganisationPage.by(), form.details()));
		if (created.isEmpty()) {
			OrganisationPage.choices(model);
			return "organisations/new";
		}
		return OrganisationPage.done(created.get(), "organisations.flash.created");
	}

	@GetMapping("/{id}")
	String organisation(@PathVariable long id, Model model) {
		var organisation = page.organisation(id);
		if (organisation.mergedInto() != null) {
			Flash.success("organisations.flash.wasMerged");
			return "redirect:/secretary/organisations/" + organisation.mergedInto();
		}
		return page.show(organisation, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("organisationForm") Forms.OrganisationForm form,
			BindingResult errors, Model model) {
		long version = form.version() == null ? -1 : form.version();
		if (Refusals.applied(errors, "name",
				() -> directory.update(OrganisationPage.by(), id, version, form.details()))) {
			return OrganisationPage.done(id, "organisations.flash.saved");
		}
		return page.show(id, model);
	}

	/**
	 * Merges the duplicate named in the form into this organisation; the box that
	 * confirms it must be ticked, since a merge is not undone.
	 */
	@PostMapping("/{id}/merge")
	String merge(@PathVariable long id, @Valid @ModelAttribute("mergeForm") Forms.MergeForm form, BindingResult errors,
			Model model) {
		if (!Boolean.TRUE.equals(form.confirm()) && !errors.hasFieldErrors("confirm")) {
			errors.rejectValue("confirm", "organisations.merge.confirm.required");
		}
		if (Refusals.applied(errors, "duplicate", () -> directory.merge(OrganisationPage.by(), id, form.duplicate()))) {
			return OrganisationPage.done(id, "organisations.flash.merged");
		}
		return page.show(id, model);
	}

	private static @Nullable OrganisationKind kind(String name) {
		for (OrganisationKind kind : OrganisationKind.values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		return null;
	}

	/** A page number from the address; anything that is not one means the first page. */
	private static int pageNumber(String page) {
		if (!page.matches("\\d{1,7}")) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(page));
	}

}
