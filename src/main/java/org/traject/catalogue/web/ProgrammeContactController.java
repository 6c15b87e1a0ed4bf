package org.traject.catalogue.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.traject.catalogue.ContactRole;
import org.traject.catalogue.internal.Programme;
import org.traject.catalogue.internal.ProgrammeEditing;
import org.traject.web.Flash;

/**
 * Secretaries and administrators add, change and remove the people to contact about a
 * programme (its consultant, course secretary, programme leader), each on a page of its
 * own; the programme page shows them.
 */
@Controller
@RequestMapping("/secretary/programmes/{id}/contacts")
class ProgrammeContactController {

	private final ProgrammeEditing editing;

	ProgrammeContactController(ProgrammeEditing editing) {
		this.editing = editing;
	}

	@ModelAttribute("contactRoles")
	ContactRole[] contactRoles() {
		return ContactRole.values();
	}

	@GetMapping("/new")
	String newContact(@PathVariable long id, Model model) {
		model.addAttribute("contactForm", ContactForm.empty());
		return page(programme(id), null, model);
	}

	@PostMapping
	String add(@PathVariable long id, @Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result,
			Model model) {
		var programme = programme(id);
		if (result.hasErrors()) {
			return page(programme, null, model);
		}
		editing.addContact(id, form.contactRole(), form.contactName(), form.email(), form.phone());
		Flash.success("catalogue.flash.contactAdded");
		return "redirect:/secretary/programmes/" + id + "#contacts";
	}

	@GetMapping("/{contactId}")
	String edit(@PathVariable long id, @PathVariable long contactId, Model model) {
		var programme = programme(id);
		model.addAttribute("contactForm", ContactForm.of(editing.contact(id, contactId)));
		return page(programme, contactId, model);
	}

	@PostMapping("/{contactId}")
	String change(@PathVariable long id, @PathVariable long contactId,
			@Valid @ModelAttribute("contactForm") ContactForm form, BindingResult result, Model model) {
		var programme = programme(id);
		editing.contact(id, contactId);
		if (result.hasErrors()) {
			return page(programme, contactId, model);
		}
		editing.changeContact(id, contactId, form.contactRole(), form.contactName(), form.email(), form.phone());
		Flash.success("catalogue.flash.contactSaved");
		return "redirect:/secretary/programmes/" + id + "#contacts";
	}

	@PostMapping("/{contactId}/remove")
	String remove(@PathVariable long id, @PathVariable long contactId) {
		programme(id);
		editing.removeContact(id, contactId);
		Flash.success("catalogue.flash.contactRemoved");
		return "redirect:/secretary/programmes/" + id + "#contacts";
	}

	private String page(Programme programme, @Nullable Long contactId, Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("contactId", contactId);
		return "catalogue/contact";
	}

	private Programme programme(long id) {
		return editing.findForEditing(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
