package org.traject.organisations.web;

import java.util.NoSuchElementException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.traject.organisations.internal.Overviews;
import org.traject.people.CurrentUser;

/**
 * What a person sees of others because of who they are to them: an organisation's contact
 * sees the enrolments of its people ({@code /organisation}), a manager the people whose
 * enrolments they approved or who shared their plan with them ({@code /my/team}). An
 * organisation the person is not a contact of does not exist for them (404), whatever
 * their roles.
 */
@Controller
class OrganisationContactController {

	private final Overviews overviews;

	OrganisationContactController(Overviews overviews) {
		this.overviews = overviews;
	}

	/**
	 * The contact's organisation; with several, the list of them; with none, nothing to
	 * see.
	 */
	@GetMapping("/organisation")
	String organisations(@AuthenticationPrincipal CurrentUser user, Model model) {
		var organisations = overviews.contactOf(user.personId());
		if (organisations.isEmpty()) {
			throw new NoSuchElementException("Person " + user.personId() + " is no organisation's contact");
		}
		if (organisations.size() == 1) {
			return "redirect:/organisation/" + organisations.get(0).id();
		}
		model.addAttribute("organisations", organisations);
		return "organisations/contact-list";
	}

	@GetMapping("/organisation/{id}")
	String organisation(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		var page = overviews.contactPage(user.personId(), id)
			.orElseThrow(() -> new NoSuchElementException("Not a contact of organisation " + id));
		model.addAttribute("page", page);
		return "organisations/contact";
	}

	@GetMapping("/my/team")
	String team(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("team", overviews.team(user.email()));
		return "organisations/team";
	}

}
